// Wakes this process's workers for a queue as soon as a job for it has committed, so a job is
// handled at once instead of at the next poll, and the worker can poll rarely when there is
// nothing to do (docs/decisions/019, update). Jobs due later, or written by another process, are
// found by the poll.
import { afterCommit } from '../after-commit';
import type { JobName } from './queue';

const globalForWake = globalThis as unknown as { rehabitWakers?: Map<string, (() => void)[]> };
const wakers = (): Map<string, (() => void)[]> => (globalForWake.rehabitWakers ??= new Map<string, (() => void)[]>());

/** The worker registers how to wake each of its loops for a queue. */
export function onWake(name: JobName, wake: () => void): void {
  wakers().set(name, [...(wakers().get(name) ?? []), wake]);
}

export function forgetWakers(): void {
  wakers().clear();
}

/** Jobs due within this long get a timed wake-up (a deferred reminder: seconds); later ones wait for a poll. */
const SOON_MS = 60_000;

function wake(name: JobName): void {
  for (const w of wakers().get(name) ?? []) w();
}

/**
 * After the surrounding transaction commits, wakes the workers of the queues of the jobs due now,
 * and sets a timer for those due within a minute.
 */
export function wakeWhenCommitted(jobs: readonly { name: JobName; startAfter?: Date }[]): void {
  if (jobs.length === 0) return;
  afterCommit(() => {
    const now = Date.now();
    for (const job of jobs) {
      const wait = (job.startAfter?.getTime() ?? now) - now;
      if (wait <= 0) wake(job.name);
      else if (wait <= SOON_MS) setTimeout(() => wake(job.name), wait).unref();
    }
  });
}
