// One admin refund per Idempotency-Key (decision 048). The key is the caller's: it is stored on the
// Refund row with the hash of the request it came with, unique per (caller, key) in the database.
// A retry with the key and the same request answers that refund; with another request, 422.
import { createHash } from 'node:crypto';
import type { Prisma } from '../db';
import { AppError } from '../errors';

export interface RefundKey {
  requestedById: string;
  key: string;
  /** refundRequestHash of the request the key came with. */
  requestHash: string;
}

/** The request as the caller sent it: a left-out amount ("all that remains") differs from any amount. */
export function refundRequestHash(r: { paymentId: string; amountCents?: number | undefined; reason: string }): string {
  const canonical = JSON.stringify([r.paymentId, r.amountCents ?? null, r.reason]);
  return createHash('sha256').update(canonical).digest('hex');
}

/** Stripe's idempotency key for a refund: the caller's key, scoped to the caller (Stripe's keys are account-wide). */
export function stripeRefundKey(r: { id: string; requestedById: string | null; idempotencyKey: string | null }): string {
  return r.idempotencyKey && r.requestedById ? `refund:${r.requestedById}:${r.idempotencyKey}` : `refund-${r.id}`;
}

type Reader = Pick<Prisma.TransactionClient, 'refund'>;

/** The refund this caller already made with this key, or null; another request under the key is refused. */
export async function refundMadeWithKey(client: Reader, k: RefundKey): Promise<{ id: string; amountCents: number } | null> {
  const earlier = await client.refund.findUnique({
    where: { requestedById_idempotencyKey: { requestedById: k.requestedById, idempotencyKey: k.key } },
    select: { id: true, amountCents: true, requestHash: true },
  });
  if (!earlier) return null;
  if (earlier.requestHash !== k.requestHash) {
    throw new AppError('IDEMPOTENCY_KEY_REUSED', 'This Idempotency-Key was already used for a different refund.');
  }
  return { id: earlier.id, amountCents: earlier.amountCents };
}

/**
 * Requests with one key run one after the other (until commit): the second finds the first's
 * refund under the lock instead of making its own. Taken before any row lock, so it cannot join a
 * cycle with the payment row.
 */
export async function lockRefundKey(tx: Prisma.TransactionClient, k: Pick<RefundKey, 'requestedById' | 'key'>): Promise<void> {
  const name = `rehabit:refund-key:${k.requestedById}:${k.key}`;
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${name}, 0))`;
}
