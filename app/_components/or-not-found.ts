import { notFound } from 'next/navigation';
import { AppError, type ErrorCode } from '@/lib/errors';

/**
 * What `pending` resolves to, or Next's 404 page when it fails with one of `codes`: a page shows
 * "not found" for what the caller may not see, whatever the lib function calls it.
 */
export async function orNotFound<T>(pending: Promise<T>, codes: readonly ErrorCode[] = ['NOT_FOUND']): Promise<T> {
  try {
    return await pending;
  } catch (err) {
    if (err instanceof AppError && codes.includes(err.code)) notFound();
    throw err;
  }
}
