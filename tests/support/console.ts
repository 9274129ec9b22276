export const consoleErrorState: { calls: unknown[][]; expected: number } = { calls: [], expected: 0 };

/** Declares that the current test is expected to log `count` errors (e.g. a 500 path). */
export function expectConsoleError(count = 1): void {
  consoleErrorState.expected += count;
}
