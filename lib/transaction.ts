// The one way a write that can meet another write on the same rows runs: in a transaction that is
// tried again when Postgres gave it up to break a deadlock (40P01) or a serialization failure
// (40001). Such a failure says nothing about the request: the same statements succeed once the
// other transaction has finished, so the caller should never see it (docs/decisions/016).
import { setTimeout as sleep } from 'node:timers/promises';
import { db, Prisma } from './db';

/** Three tries: the lock order in lib/booking/booking-locks.ts leaves only rare cycles to break. */
const MAX_ATTEMPTS = 3;
const RETRYABLE_SQLSTATES = new Set(['40P01', '40001']);

interface DriverCause {
  originalCode?: string;
  code?: string;
  kind?: string;
}

/** Postgres aborted the transaction to break a deadlock or a serialization conflict (Prisma P2034). */
export function isRetryableConflict(err: unknown): boolean {
  if (!(err instanceof Prisma.PrismaClientKnownRequestError) && !(err instanceof Prisma.PrismaClientUnknownRequestError))
    return false;
  if ((err as { code?: string }).code === 'P2034') return true;
  const cause = (err as { meta?: { driverAdapterError?: { cause?: DriverCause } } }).meta?.driverAdapterError?.cause;
  return cause?.kind === 'TransactionWriteConflict' || RETRYABLE_SQLSTATES.has(cause?.originalCode ?? cause?.code ?? '');
}

export interface TransactionOptions {
  timeout?: number;
  maxWait?: number;
}

/**
 * `db().$transaction(fn)`, retried (with a short random pause, so the two victims do not meet
 * again) when Postgres broke a deadlock or a serialization conflict. `fn` must only write through
 * `tx`: a retried attempt starts from nothing. What still fails after the last try surfaces as
 * P2034, which lib/http-errors.ts answers 503 BUSY.
 */
export async function withTransaction<T>(
  fn: (tx: Prisma.TransactionClient) => Promise<T>,
  options?: TransactionOptions,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db().$transaction(fn, options);
    } catch (err) {
      if (attempt >= MAX_ATTEMPTS || !isRetryableConflict(err)) throw err;
      await sleep(5 + Math.random() * 20 * attempt);
    }
  }
}
