// Maps anything a handler throws to an AppError. Unknown errors are logged with an id and
// answered as a bare 500; no stack or SQL reaches the client.
import { randomUUID } from 'node:crypto';
import { ZodError } from 'zod';
import { AppError } from './errors';
import { Prisma } from './db';

const CONNECTION_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', '57P01', '57P03', 'P1001', 'P1017']);

function isDatabaseDown(err: unknown): boolean {
  const e = err as { code?: string; cause?: { code?: string }; message?: string } | null;
  if (!e) return false;
  if (e.code && CONNECTION_CODES.has(e.code)) return true;
  if (e.cause?.code && CONNECTION_CODES.has(e.cause.code)) return true;
  return err instanceof Prisma.PrismaClientInitializationError
    || /ECONNREFUSED|Connection terminated|connect ETIMEDOUT|DatabaseNotReachable/i.test(e.message ?? '');
}

export function toAppError(err: unknown, where: string): AppError {
  if (err instanceof AppError) return err;
  if (err instanceof ZodError) {
    return new AppError('VALIDATION_FAILED', undefined, err.issues.map((i) => ({ path: i.path.join('.'), message: i.message })));
  }
  if (err instanceof Prisma.PrismaClientKnownRequestError) {
    if (err.code === 'P2002') return new AppError('CONFLICT', 'This already exists.');
    if (err.code === 'P2025') return new AppError('NOT_FOUND');
  }
  if (isDatabaseDown(err)) return new AppError('UNAVAILABLE');
  const id = randomUUID();
  console.error(`[${id}] unhandled error in ${where}:`, err);
  return new AppError('INTERNAL', `Something went wrong on our side (reference ${id}).`);
}
