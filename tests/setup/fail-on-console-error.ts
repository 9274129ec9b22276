// An unexpected console.error fails the test that caused it. A test that expects one says so
// with `expectConsoleError()` (tests/support/console.ts).
import { afterEach, beforeEach, vi } from 'vitest';
import { consoleErrorState } from '../support/console';

beforeEach(() => {
  consoleErrorState.calls = [];
  consoleErrorState.expected = 0;
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    consoleErrorState.calls.push(args);
  });
});

afterEach(() => {
  vi.mocked(console.error).mockRestore();
  const unexpected = consoleErrorState.calls.length - consoleErrorState.expected;
  if (unexpected > 0) {
    throw new Error(`Unexpected console.error:\n${consoleErrorState.calls.map((c) => c.map(String).join(' ')).join('\n')}`);
  }
});
