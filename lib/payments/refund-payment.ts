// An admin refunds a card payment, fully or partly, with a reason. Never above what remains: the
// conditional UPDATE in requestRefund is what guarantees it, even for two admins at once.
import { db } from '../db';
import { AppError } from '../errors';
import type { SessionUser } from '../auth/roles';
import { findPracticePayment } from './list-payments';
import { refundAmount, remainingCents } from './refund-policy';
import { issueRefund, requestRefund } from './request-refund';
import type { AdminPaymentView } from './schemas';
import { log } from '../log';

const money = (cents: number, currency: string) =>
  new Intl.NumberFormat('en-US', { style: 'currency', currency: currency.toUpperCase() }).format(cents / 100);

export async function refundPayment(
  admin: SessionUser,
  paymentId: string,
  input: { amountCents?: number; reason: string },
): Promise<{ refundId: string; amountCents: number; payment: AdminPaymentView }> {
  const payment = await findPracticePayment(admin, paymentId);
  if (!payment) throw new AppError('NOT_FOUND', 'Payment not found.');
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
  const refund = await db().$transaction((tx) =>
    requestRefund(tx, { paymentId, amountCents: amount, reason: input.reason, requestedById: admin.id }),
  );
  // Sent now so the admin sees it go through; if Stripe does not answer, the queued job retries.
  await issueRefund(refund.id).catch((err: unknown) => {
    log.warn('payments: refund not sent yet (the job will retry)', {
      refundId: refund.id,
      err: err instanceof Error ? err.message : err,
    });
  });
  return { refundId: refund.id, amountCents: amount, payment: (await findPracticePayment(admin, paymentId))! };
}
