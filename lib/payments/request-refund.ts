// Refunds in two steps, like the rest of the app's side effects (a transactional outbox):
// 1. requestRefund, inside the caller's transaction: the payment's refunded amount and status move
//    forward in one conditional UPDATE (so two refunds together can never exceed what was paid),
//    a Refund row records why, and a 'payment.refund' job is queued.
// 2. issueRefund, after commit (the job, or the admin's request right away): asks Stripe, with an
//    idempotency key derived from the Refund row (the admin's own key when there is one, decision
//    048), so a retry never refunds twice.
import type Stripe from 'stripe';
import { db, type Prisma } from '../db';
import { AppError } from '../errors';
import { recordAuditEvent } from '../audit/record-audit-event';
import { enqueue } from '../jobs/enqueue';
import { isUniqueViolation } from '../booking/database-conflicts';
import { stripe } from './stripe-client';
import { stripeRefundKey } from './refund-idempotency';

export interface RefundRequest {
  paymentId: string;
  amountCents: number;
  reason: string;
  /** The admin or patient whose action caused it; null when the system decided (e.g. a lost slot). */
  requestedById: string | null;
  /** Email the patient what was refunded and what remains (default). Off where another email says it. */
  notifyPatient?: boolean;
  /** The admin's Idempotency-Key and the hash of their request (refund-idempotency.ts); needs requestedById. */
  idempotency?: { key: string; requestHash: string } | null;
}

export async function requestRefund(tx: Prisma.TransactionClient, r: RefundRequest) {
  const reserved = await tx.$queryRaw<{ patient_id: string; practice_id: string }[]>`
    UPDATE payments p
       SET refunded_cents = p.refunded_cents + ${r.amountCents}::int,
           status = (CASE WHEN p.refunded_cents + ${r.amountCents}::int >= p.amount_cents THEN 'REFUNDED' ELSE 'PARTIALLY_REFUNDED' END)::"PaymentStatus",
           updated_at = now()
      FROM appointments a JOIN therapists t ON t.id = a.therapist_id
     WHERE p.id = ${r.paymentId} AND a.id = p.appointment_id
       AND p.method = 'CARD' AND p.status IN ('SUCCEEDED', 'PARTIALLY_REFUNDED')
       AND ${r.amountCents}::int > 0 AND p.refunded_cents + ${r.amountCents}::int <= p.amount_cents
    RETURNING a.patient_id, t.practice_id`;
  const scope = reserved[0];
  if (!scope) throw new AppError('REFUND_NOT_ALLOWED');
  const refund = await tx.refund.create({
    data: {
      paymentId: r.paymentId,
      amountCents: r.amountCents,
      reason: r.reason,
      requestedById: r.requestedById,
      idempotencyKey: r.idempotency?.key ?? null,
      requestHash: r.idempotency?.requestHash ?? null,
    },
  });
  await recordAuditEvent(
    {
      actorId: r.requestedById,
      action: 'payment.refund',
      entityType: 'Payment',
      entityId: r.paymentId,
      patientId: scope.patient_id,
      practiceId: scope.practice_id,
      data: { refundId: refund.id, amountCents: r.amountCents, reason: r.reason },
    },
    tx,
  );
  await enqueue(tx, 'payment.refund', { refundId: refund.id });
  if (r.notifyPatient !== false) await enqueue(tx, 'payment.refund-notice', { refundId: refund.id });
  return refund;
}

/** Sends one recorded refund to Stripe. Returns Stripe's refund, or null when it was already sent. */
export async function issueRefund(refundId: string): Promise<Stripe.Refund | null> {
  const refund = await db().refund.findUnique({
    where: { id: refundId },
    select: {
      id: true,
      amountCents: true,
      stripeRefundId: true,
      paymentId: true,
      requestedById: true,
      idempotencyKey: true,
      payment: { select: { stripePaymentIntentId: true } },
    },
  });
  if (!refund || refund.stripeRefundId) return null;
  const paymentIntent = refund.payment.stripePaymentIntentId;
  if (!paymentIntent) throw new Error(`Payment ${refund.paymentId} has no Stripe payment intent to refund.`);
  const created = await stripe().refunds.create(
    {
      payment_intent: paymentIntent,
      amount: refund.amountCents,
      reason: 'requested_by_customer',
      metadata: { refundId: refund.id, paymentId: refund.paymentId },
    },
    { idempotencyKey: stripeRefundKey(refund) },
  );
  try {
    // A refund event may have linked it already (it carries our refundId in its metadata).
    await db().refund.updateMany({ where: { id: refund.id, stripeRefundId: null }, data: { stripeRefundId: created.id } });
  } catch (err) {
    if (!isUniqueViolation(err)) throw err;
  }
  return created;
}
