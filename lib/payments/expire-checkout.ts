// Checkouts that end without payment. Stripe's own expiry (or a failed delayed payment) arrives as
// an event; our 15-minute hold runs out first, and the holds.expire job releases the visit, marks
// its payment EXPIRED here and asks Stripe to close the session so it can no longer be paid.
// A payment that still gets through afterwards is handled by completeCheckout (re-book or refund).
import { db, type Prisma } from '../db';
import { recordAuditEvent } from '../audit/record-audit-event';
import { enqueue } from '../jobs/enqueue';
import { lockAppointment, paymentForSession } from './find-payment';
import { stripe, type Stripe } from './stripe-client';
import { PAYMENT_FAILED, PAYMENT_NOT_COMPLETED } from '../booking/release-reasons';

export async function closeCheckout(
  tx: Prisma.TransactionClient,
  session: Stripe.Checkout.Session,
  to: 'EXPIRED' | 'FAILED',
  now: Date,
) {
  const payment = await paymentForSession(tx, session);
  if (!payment) return;
  const appointment = await lockAppointment(tx, payment.appointmentId);
  const changed = await tx.payment.updateMany({ where: { id: payment.id, status: 'PENDING' }, data: { status: to } });
  if (changed.count === 0) return; // paid meanwhile, or already closed: nothing goes backwards
  const released = await tx.appointment.updateMany({
    where: { id: appointment.id, status: 'HELD' },
    data: { status: 'CANCELLED', cancelledAt: now, cancelReason: to === 'EXPIRED' ? PAYMENT_NOT_COMPLETED : PAYMENT_FAILED },
  });
  const a = await tx.appointment.findUniqueOrThrow({
    where: { id: appointment.id },
    select: { patientId: true, therapist: { select: { practiceId: true } } },
  });
  await recordAuditEvent(
    {
      actorId: null,
      action: to === 'EXPIRED' ? 'payment.expire' : 'payment.fail',
      entityType: 'Payment',
      entityId: payment.id,
      patientId: a.patientId,
      practiceId: a.therapist.practiceId,
      data: { sessionId: session.id, holdReleased: released.count > 0 },
    },
    tx,
  );
}

/** Run by holds.expire after the holds are released: their pending payments expire too. */
export async function expireAbandonedCheckouts(): Promise<number> {
  return db().$transaction(async (tx) => {
    const expired = await tx.$queryRaw<{ id: string; session_id: string | null }[]>`
      UPDATE payments p SET status = 'EXPIRED', updated_at = now()
        FROM appointments a
       WHERE a.id = p.appointment_id AND p.status = 'PENDING' AND a.status = 'CANCELLED'
      RETURNING p.id, p.stripe_checkout_session_id AS session_id`;
    for (const p of expired) {
      if (p.session_id) await enqueue(tx, 'payment.expire-checkout', { sessionId: p.session_id });
    }
    return expired.length;
  });
}

/** Closes a session at Stripe so it cannot be paid any more. One already completed or expired is left as it is. */
export async function expireCheckoutSession(sessionId: string): Promise<void> {
  try {
    await stripe().checkout.sessions.expire(sessionId);
  } catch (err) {
    // Stripe answers 400 for a session that is no longer open: the event for its real end follows.
    if ((err as { type?: string }).type === 'StripeInvalidRequestError') return;
    throw err;
  }
}
