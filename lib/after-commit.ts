// Work to do once the current transaction has committed (a wake-up for the job worker, today).
// `db().$transaction(fn)` runs `fn` with a list of such hooks in its async context and runs them
// after the commit, never after a rollback; outside a transaction a hook runs on the next tick.
// Hooks must be cheap; an error in one is logged, never thrown at the caller (whose work is done).
import { AsyncLocalStorage } from 'node:async_hooks';
import { log } from './log';

type Hook = () => void;
// On globalThis, like the Prisma client it serves: Next may load this module once per bundle
// (instrumentation, routes), and the client's transactions and the enqueues must share one store.
const globalForHooks = globalThis as unknown as { rehabitAfterCommit?: AsyncLocalStorage<Hook[]> };
const pending = (globalForHooks.rehabitAfterCommit ??= new AsyncLocalStorage<Hook[]>());

/** Runs `hook` after the surrounding transaction commits (dropped if it rolls back). */
export function afterCommit(hook: Hook): void {
  const hooks = pending.getStore();
  if (hooks) hooks.push(hook);
  else setImmediate(() => runHooks([hook]));
}

/** Runs one transaction (`run` starts and awaits it), then its hooks, once it has committed. */
export async function committing<T>(run: () => Promise<T>): Promise<T> {
  const hooks: Hook[] = [];
  const result = await pending.run(hooks, run);
  runHooks(hooks);
  return result;
}

function runHooks(hooks: Hook[]): void {
  for (const hook of hooks) {
    try {
      hook();
    } catch (err) {
      log.error('after-commit hook failed', { err });
    }
  }
}
