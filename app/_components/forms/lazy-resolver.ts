// A resolver whose code (zod and the API schema) is fetched after the page has loaded, so a page's
// first-load JavaScript carries only the form library (decision 034; first-load budget: 028).
import type { FieldValues, Resolver } from 'react-hook-form';

/**
 * `load` imports the module that builds the real resolver (with `apiSchemaResolver`). It is
 * fetched once, on the first call of `preload()` (call it after mount) or of the resolver itself.
 */
export function lazyResolver<Fields extends FieldValues, Output>(
  load: () => Promise<Resolver<Fields, unknown, Output>>,
): { resolver: Resolver<Fields, unknown, Output>; preload: () => void } {
  let loading: Promise<Resolver<Fields, unknown, Output>> | null = null;
  const get = () => (loading ??= load());
  return {
    resolver: async (values, context, options) => (await get())(values, context, options),
    preload: () => void get().catch(() => (loading = null)),
  };
}
