// Maps anything a handler throws to an AppError. Unknown errors are logged with the request id and
// answered as a bare 500 naming it; no stack or SQL reaches the client.
import { randomUUID } from 'node:crypto';
import { ZodError } from 'zod';
import { AppError } from './errors';
import { Prisma } from './db';
import { refusedValue } from './database-refusals';
import { currentRequestId, log } from './log';

const CONNECTION_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', '57P01', '57P03', 'P1001', 'P1017']);

/** Seconds a BUSY answer asks the client to wait: a burst drains in about that time. */
export const BUSY_RETRY_AFTER_SECONDS = 2;

/** Prisma's words for an interactive transaction that ran past its timeout (it was rolled back). */
const EXPIRED_TRANSACTION = /executed on an expired transaction|the timeout for this transaction was/i;

/**
 * The database is up but every connection stayed busy for the whole wait (DATABASE_POOL_TIMEOUT_MS),
 * a deadlock survived withTransaction's retries, or a transaction ran out of its time (on a starved
 * machine, queued behind the therapist's lock with a burst of others): overload, answered 503 BUSY,
 * not a 500. An expired transaction is rolled back, so "nothing was changed" is true.
 */
function isOverloaded(err: unknown): boolean {
  const e = err as { code?: string; message?: string } | null;
  if (!e) return false;
  if (err instanceof Prisma.PrismaClientKnownRequestError && (e.code === 'P2028' || e.code === 'P2034' || e.code === 'P2024')) {
    // P2028 is also "transaction already closed" for other reasons (a query after commit is a bug):
    // only the wait for a start and a transaction that ran past its time are overload.
    return (
      e.code !== 'P2028' ||
      /Unable to start a transaction in the given time/i.test(e.message ?? '') ||
      EXPIRED_TRANSACTION.test(e.message ?? '')
    );
  }
  return /timeout exceeded when trying to connect|Unable to start a transaction in the given time/i.test(e.message ?? '');
}

function isDatabaseDown(err: unknown): boolean {
  const e = err as { code?: string; cause?: { code?: string }; message?: string } | null;
  if (!e) return false;
  if (e.code && CONNECTION_CODES.has(e.code)) return true;
  if (e.cause?.code && CONNECTION_CODES.has(e.cause.code)) return true;
  return (
    err instanceof Prisma.PrismaClientInitializationError ||
    /ECONNREFUSED|Connection terminated|connect ETIMEDOUT|DatabaseNotReachable/i.test(e.message ?? '')
  );
}

export function toAppError(err: unknown, where: string): AppError {
  if (err instanceof AppError) return err;
  if (err instanceof ZodError) {
    return new AppError(
      'VALIDATION_FAILED',
      undefined,
      err.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
    );
  }
  if (err instanceof Prisma.PrismaClientKnownRequestError) {
    if (err.code === 'P2002') return new AppError('CONFLICT', 'This already exists.');
    if (err.code === 'P2025') return new AppError('NOT_FOUND');
  }
  const refused = refusedValue(err);
  if (refused) {
    console.warn(`[db] ${where}: the database refused a value (${refused}); a schema is looser than its table`);
    return new AppError('VALIDATION_FAILED', 'A value is outside what can be stored.');
  }
  if (isOverloaded(err)) return new AppError('BUSY', undefined, undefined, { 'Retry-After': String(BUSY_RETRY_AFTER_SECONDS) });
  if (isDatabaseDown(err)) return new AppError('UNAVAILABLE');
  // The request's id: the same one is on every log line of the request.
  const id = currentRequestId() ?? randomUUID();
  log.error(`unhandled error in ${where}`, { reference: id, err });
  return new AppError('INTERNAL', `Something went wrong on our side (reference ${id}).`);
}
