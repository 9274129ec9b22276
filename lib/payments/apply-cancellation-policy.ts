// The visit type's cancellation policy applied to the payment of a cancelled or missed visit,
// inside the same transaction as the status change. A card payment gets its refund requested (the
// fee, if any, is kept); an insurance claim gets the fee recorded as owed (the clinic bills it:
// no card is on file to charge). A checkout still open is closed instead: nothing was paid.
import type { Prisma } from '../db';
import { enqueue } from '../jobs/enqueue';
import { cardOutcome, insuranceOutcome, type PolicyEvent } from './refund-policy';
import { requestRefund } from './request-refund';
import type { PolicyOutcomeView } from './schemas';

const REFUND_REASON: Record<PolicyEvent, string> = {
  'cancelled-in-time': 'Cancelled by the patient in time: full refund.',
  'cancelled-late': 'Late cancellation by the patient: refund minus the late-cancellation fee.',
  'cancelled-by-clinic': 'Cancelled by the clinic: full refund.',
  'no-show': 'Missed visit: refund minus the no-show fee.',
};

export async function applyCancellationPolicy(
  tx: Prisma.TransactionClient,
  appointmentId: string,
  event: PolicyEvent,
  actorId: string,
): Promise<PolicyOutcomeView | null> {
  const payment = await tx.payment.findUnique({
    where: { appointmentId },
    select: {
      id: true,
      method: true,
      status: true,
      amountCents: true,
      refundedCents: true,
      currency: true,
      stripeCheckoutSessionId: true,
      appointment: { select: { visitType: { select: { lateCancellationFeeCents: true } } } },
    },
  });
  if (!payment) return null;
  if (payment.status === 'PENDING') {
    const closed = await tx.payment.updateMany({ where: { id: payment.id, status: 'PENDING' }, data: { status: 'EXPIRED' } });
    if (closed.count && payment.stripeCheckoutSessionId) {
      await enqueue(tx, 'payment.expire-checkout', { sessionId: payment.stripeCheckoutSessionId });
    }
    return null;
  }
  const lateFeeCents = payment.appointment.visitType.lateCancellationFeeCents;
  const feeReason = event === 'no-show' ? ('NO_SHOW' as const) : ('LATE_CANCELLATION' as const);
  if (payment.method === 'INSURANCE') {
    const outcome = insuranceOutcome(event, lateFeeCents);
    if (outcome.feeCents > 0)
      await tx.payment.update({ where: { id: payment.id }, data: { feeCents: outcome.feeCents, feeReason } });
    return { method: 'INSURANCE', currency: payment.currency, ...outcome };
  }
  if (payment.status !== 'SUCCEEDED' && payment.status !== 'PARTIALLY_REFUNDED') return null;
  const outcome = cardOutcome(event, { paidCents: payment.amountCents, refundedCents: payment.refundedCents, lateFeeCents });
  if (outcome.feeCents > 0)
    await tx.payment.update({ where: { id: payment.id }, data: { feeCents: outcome.feeCents, feeReason } });
  if (outcome.refundCents > 0) {
    await requestRefund(tx, {
      paymentId: payment.id,
      amountCents: outcome.refundCents,
      reason: REFUND_REASON[event],
      requestedById: actorId,
    });
  }
  return { method: 'CARD', currency: payment.currency, ...outcome };
}
