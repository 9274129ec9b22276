// Refund news from Stripe, in whatever order it comes. The refunded amount only grows: our own
// requests reserve it when made (request-refund.ts), and `charge.refunded` raises it to Stripe's
// total (which also covers refunds made in the Stripe Dashboard). Refund objects are linked to our
// Refund rows by the refundId in their metadata, or recorded as new rows when made elsewhere.
import type { Prisma } from '../db';
import { AppError } from '../errors';
import { recordAuditEvent } from '../audit/record-audit-event';
import { paymentForIntent } from './find-payment';
import type { Stripe } from './stripe-client';

type Tx = Prisma.TransactionClient;
const RETRY_WINDOW_SECONDS = 24 * 3600;

/**
 * A refund for a payment intent we do not know yet: the "completed" event that tells us is still
 * on its way. Answer non-2xx so Stripe delivers this again later; after a day, let it go (it is
 * not one of ours).
 */
function notYetKnown(eventCreated: number, now: Date): null {
  if (now.getTime() / 1000 - eventCreated < RETRY_WINDOW_SECONDS) throw new AppError('WEBHOOK_NOT_READY');
  return null;
}

export async function recordChargeRefunded(tx: Tx, charge: Stripe.Charge, eventCreated: number, now: Date): Promise<void> {
  const payment = await paymentForIntent(tx, charge.payment_intent);
  if (!payment) return void notYetKnown(eventCreated, now);
  await tx.$executeRaw`
    UPDATE payments
       SET refunded_cents = LEAST(amount_cents, GREATEST(refunded_cents, ${charge.amount_refunded}::int)),
           status = (CASE
             WHEN LEAST(amount_cents, GREATEST(refunded_cents, ${charge.amount_refunded}::int)) >= amount_cents THEN 'REFUNDED'
             WHEN LEAST(amount_cents, GREATEST(refunded_cents, ${charge.amount_refunded}::int)) > 0 THEN 'PARTIALLY_REFUNDED'
             ELSE status::text END)::"PaymentStatus",
           updated_at = now()
     WHERE id = ${payment.id} AND status IN ('SUCCEEDED', 'PARTIALLY_REFUNDED')`;
  for (const refund of charge.refunds?.data ?? []) await recordStripeRefund(tx, refund, eventCreated, now);
}

export async function recordStripeRefund(tx: Tx, refund: Stripe.Refund, eventCreated: number, now: Date): Promise<void> {
  const known = await tx.refund.findUnique({ where: { stripeRefundId: refund.id }, select: { id: true, paymentId: true } });
  const ours = known ?? (await linkOurRefund(tx, refund));
  if (ours) {
    if (refund.status === 'failed' || refund.status === 'canceled') await recordFailure(tx, ours.paymentId, refund);
    return;
  }
  // Made outside the app (e.g. the Stripe Dashboard).
  const payment = await paymentForIntent(tx, refund.payment_intent);
  if (!payment) return void notYetKnown(eventCreated, now);
  if (refund.status === 'failed' || refund.status === 'canceled') return;
  await tx.refund.create({
    data: { paymentId: payment.id, amountCents: refund.amount, reason: 'Refunded in Stripe', stripeRefundId: refund.id },
  });
}

async function linkOurRefund(tx: Tx, refund: Stripe.Refund) {
  const refundId = refund.metadata?.refundId;
  if (!refundId) return null;
  const row = await tx.refund.findUnique({
    where: { id: refundId },
    select: { id: true, paymentId: true, stripeRefundId: true },
  });
  if (!row || row.stripeRefundId) return null;
  await tx.refund.update({ where: { id: row.id }, data: { stripeRefundId: refund.id } });
  return row;
}

/** Money that did not go back: the amount stays recorded (statuses never go backwards); staff follow up. */
async function recordFailure(tx: Tx, paymentId: string, refund: Stripe.Refund) {
  const p = await tx.payment.findUniqueOrThrow({
    where: { id: paymentId },
    select: { appointment: { select: { patientId: true, therapist: { select: { practiceId: true } } } } },
  });
  await recordAuditEvent(
    {
      actorId: null,
      action: 'payment.refund_failed',
      entityType: 'Payment',
      entityId: paymentId,
      patientId: p.appointment.patientId,
      practiceId: p.appointment.therapist.practiceId,
      data: {
        stripeRefundId: refund.id,
        status: refund.status,
        amountCents: refund.amount,
        failureReason: refund.failure_reason ?? null,
      },
    },
    tx,
  );
}
