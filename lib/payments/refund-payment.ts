// An admin refunds a card payment, fully or partly, with a reason. Never above what remains: the
// conditional UPDATE in requestRefund is what guarantees it, even for two admins at once. Never
// twice for one request: the admin's Idempotency-Key makes a retry, a double click or a second tab
// answer the refund already made (refund-idempotency.ts, decision 048).
import { db } from '../db';
import { AppError } from '../errors';
import type { SessionUser } from '../auth/roles';
import { isUniqueViolation } from '../booking/database-conflicts';
import { withTransaction } from '../transaction';
import { findPracticePayment } from './list-payments';
import { refundAmount, remainingCents } from './refund-policy';
import { issueRefund, requestRefund } from './request-refund';
import { lockRefundKey, refundMadeWithKey, refundRequestHash, type RefundKey } from './refund-idempotency';
import type { AdminPaymentView } from './schemas';
import { log } from '../log';

export interface AdminRefundInput {
  /** Left out: all that remains. */
  amountCents?: number;
  reason: string;
  idempotencyKey: string;
}

export interface AdminRefundResult {
  refundId: string;
  amountCents: number;
  payment: AdminPaymentView;
  /** The answer to an earlier request with the same key: nothing was refunded now. */
  replayed: boolean;
}

const money = (cents: number, currency: string) =>
  new Intl.NumberFormat('en-US', { style: 'currency', currency: currency.toUpperCase() }).format(cents / 100);

/** A refusal that an earlier request with the same key may explain (it refunded first). */
function mayBeOwnKeysWinner(err: unknown): boolean {
  return (err instanceof AppError && err.code === 'REFUND_NOT_ALLOWED') || isUniqueViolation(err);
}

export async function refundPayment(admin: SessionUser, paymentId: string, input: AdminRefundInput): Promise<AdminRefundResult> {
  const payment = await findPracticePayment(admin, paymentId);
  if (!payment) throw new AppError('NOT_FOUND', 'Payment not found.');
  const key: RefundKey = {
    requestedById: admin.id,
    key: input.idempotencyKey,
    requestHash: refundRequestHash({ paymentId, amountCents: input.amountCents, reason: input.reason }),
  };
  let refund: { id: string; amountCents: number; replayed: boolean };
  try {
    refund = await refundOnce(admin, payment, input, key);
  } catch (err) {
    // The same key raced itself (or this is a retry) and the refund it made leaves nothing for
    // this one: that refund is the answer.
    if (!mayBeOwnKeysWinner(err)) throw err;
    const earlier = await refundMadeWithKey(db(), key);
    if (!earlier) throw err;
    refund = { ...earlier, replayed: true };
  }
  if (!refund.replayed) {
    // Sent now so the admin sees it go through; if Stripe does not answer, the queued job retries.
    // A replay sends nothing: the first request or the job does (Stripe's key makes it once anyway).
    await issueRefund(refund.id).catch((err: unknown) => {
      log.warn('payments: refund not sent yet (the job will retry)', {
        refundId: refund.id,
        err: err instanceof Error ? err.message : err,
      });
    });
  }
  return {
    refundId: refund.id,
    amountCents: refund.amountCents,
    payment: (await findPracticePayment(admin, paymentId))!,
    replayed: refund.replayed,
  };
}

async function refundOnce(admin: SessionUser, payment: AdminPaymentView, input: AdminRefundInput, key: RefundKey) {
  if (payment.method !== 'CARD') throw new AppError('REFUND_NOT_ALLOWED', 'An insurance claim has no card payment to refund.');
  if (payment.status !== 'SUCCEEDED' && payment.status !== 'PARTIALLY_REFUNDED' && payment.status !== 'REFUNDED') {
    throw new AppError('REFUND_NOT_ALLOWED', 'Only a completed card payment can be refunded.');
  }
  const amount = refundAmount(input.amountCents, payment);
  if (amount === null) {
    const left = remainingCents(payment);
    throw new AppError(
      'REFUND_NOT_ALLOWED',
      left === 0
        ? 'This payment is already refunded in full.'
        : `At most ${money(left, payment.currency)} of this payment can still be refunded.`,
    );
  }
  return withTransaction(async (tx) => {
    await lockRefundKey(tx, key);
    // Under the key's lock: a request with this key that committed while this one waited is found here.
    const earlier = await refundMadeWithKey(tx, key);
    if (earlier) return { ...earlier, replayed: true };
    const made = await requestRefund(tx, {
      paymentId: payment.id,
      amountCents: amount,
      reason: input.reason,
      requestedById: admin.id,
      idempotency: { key: key.key, requestHash: key.requestHash },
    });
    return { id: made.id, amountCents: made.amountCents, replayed: false };
  });
}
