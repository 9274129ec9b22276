// A verified "checkout completed" event: the payment succeeds and the held visit is booked. If the
// hold had already ended, the same time is booked again when it is still free; when it is not (or
// the patient had cancelled), the whole payment is refunded and the patient told. The exclusion
// constraints decide, so two patients never share a slot. A session whose amount or currency is not
// the payment's books nothing (record-checkout-mismatch.ts).
import type { Prisma } from '../db';
import { recordAuditEvent } from '../audit/record-audit-event';
import { enqueue, scheduleReminder } from '../jobs/enqueue';
import { exclusionViolation } from '../booking/database-conflicts';
import { idOf, lockAppointment, paymentForSession, type PaymentRow } from './find-payment';
import { checkoutMatchesPayment, recordCheckoutMismatch } from './record-checkout-mismatch';
import { requestRefund } from './request-refund';
import type { Stripe } from './stripe-client';
import { lockBookingScope } from '../booking/booking-locks';
import { releaseLapsedHolds } from '../booking/release-lapsed-holds';

type Tx = Prisma.TransactionClient;

export async function completeCheckout(tx: Tx, session: Stripe.Checkout.Session, now: Date): Promise<void> {
  // 'unpaid' = a delayed method (e.g. a bank debit) still in progress: async_payment_succeeded follows.
  if (session.payment_status === 'unpaid') return;
  const payment = await paymentForSession(tx, session);
  if (!payment) return; // not a session of ours
  const appointment = await lockAppointment(tx, payment.appointmentId);
  if (!checkoutMatchesPayment(session, payment)) {
    await recordCheckoutMismatch(tx, session, payment, await auditScope(tx, appointment.id), now);
    return;
  }
  const paymentIntent = idOf(session.payment_intent);
  // Forward only: a replayed or late "completed" for a payment already paid (or refunded) changes nothing.
  const changed = await tx.$executeRaw`
    UPDATE payments
       SET status = 'SUCCEEDED', paid_at = ${now}, stripe_checkout_session_id = ${session.id},
           stripe_payment_intent_id = COALESCE(stripe_payment_intent_id, ${paymentIntent}), updated_at = now()
     WHERE id = ${payment.id} AND status IN ('PENDING', 'FAILED', 'EXPIRED')`;
  if (changed === 0) return;
  const scope = await auditScope(tx, appointment.id);
  await recordAuditEvent(
    {
      actorId: null,
      action: 'payment.succeed',
      entityType: 'Payment',
      entityId: payment.id,
      ...scope,
      data: { amountCents: payment.amountCents, sessionId: session.id, paymentIntent },
    },
    tx,
  );

  if (appointment.status === 'HELD') {
    await tx.appointment.updateMany({
      where: { id: appointment.id, status: 'HELD' },
      data: { status: 'BOOKED', holdExpiresAt: null },
    });
    await confirmed(tx, appointment.id, appointment.startsAt, scope, 'payment');
    await enqueue(tx, 'payment.receipt', { paymentId: payment.id });
    return;
  }
  if (appointment.status !== 'CANCELLED') {
    await enqueue(tx, 'payment.receipt', { paymentId: payment.id });
    return;
  }
  // The hold ended before the money arrived. Released by the system: try the same time again.
  // Cancelled by a person, or already begun: refund.
  const rebooked =
    appointment.cancelledById === null && appointment.startsAt > now ? await rebook(tx, appointment.id, now) : null;
  if (rebooked) {
    await tx.payment.update({ where: { id: payment.id }, data: { appointmentId: rebooked } });
    await confirmed(tx, rebooked, appointment.startsAt, scope, 'late payment');
    await enqueue(tx, 'payment.receipt', { paymentId: payment.id });
    return;
  }
  await refundLostVisit(tx, payment, appointment.cancelledById === null ? 'slot-taken' : 'cancelled');
}

async function auditScope(tx: Tx, appointmentId: string) {
  const a = await tx.appointment.findUniqueOrThrow({
    where: { id: appointmentId },
    select: { patientId: true, therapist: { select: { practiceId: true } } },
  });
  return { patientId: a.patientId, practiceId: a.therapist.practiceId };
}

async function confirmed(
  tx: Tx,
  appointmentId: string,
  startsAt: Date,
  scope: { patientId: string; practiceId: string },
  via: string,
) {
  await recordAuditEvent(
    { actorId: null, action: 'appointment.book', entityType: 'Appointment', entityId: appointmentId, ...scope, data: { via } },
    tx,
  );
  await enqueue(tx, 'appointment.booked', { appointmentId });
  await scheduleReminder(tx, { id: appointmentId, startsAt });
}

/** The same visit as a new BOOKED appointment, or null when the database refuses the time. */
async function rebook(tx: Tx, cancelledId: string, now: Date): Promise<string | null> {
  const old = await tx.appointment.findUniqueOrThrow({ where: { id: cancelledId } });
  // The same locks as any booking (after the appointment row, as everywhere), so it cannot deadlock with one.
  await lockBookingScope(tx, { patientIds: [old.patientId], therapistIds: [old.therapistId] });
  // A savepoint, so a refused INSERT does not abort the whole event's transaction.
  await tx.$executeRawUnsafe('SAVEPOINT rebook');
  try {
    // A hold that ran out but was not yet swept must not block this booking (as in bookAppointment).
    await releaseLapsedHolds(tx, old, now);
    const created = await tx.appointment.create({
      data: {
        patientId: old.patientId,
        therapistId: old.therapistId,
        visitTypeId: old.visitTypeId,
        modality: old.modality,
        clinicId: old.clinicId,
        patientState: old.patientState,
        startsAt: old.startsAt,
        endsAt: old.endsAt,
        blockStartsAt: old.blockStartsAt,
        blockEndsAt: old.blockEndsAt,
        status: 'BOOKED',
        priceCents: old.priceCents,
        currency: old.currency,
        seriesId: old.seriesId,
        createdById: old.createdById,
        intakeId: old.intakeId,
      },
      select: { id: true },
    });
    await tx.$executeRawUnsafe('RELEASE SAVEPOINT rebook');
    return created.id;
  } catch (err) {
    if (!exclusionViolation(err)) throw err;
    await tx.$executeRawUnsafe('ROLLBACK TO SAVEPOINT rebook');
    return null;
  }
}

const LOST_REASON = {
  'slot-taken': 'Paid after the hold ended, and the time had been taken.',
  cancelled: 'Paid after the visit had been cancelled.',
} as const;

async function refundLostVisit(tx: Tx, payment: PaymentRow, why: keyof typeof LOST_REASON) {
  const refund = await requestRefund(tx, {
    paymentId: payment.id,
    amountCents: payment.amountCents,
    reason: LOST_REASON[why],
    requestedById: null,
    // sendLostVisitRefund says it (and why) in one email.
    notifyPatient: false,
  });
  await enqueue(tx, 'payment.slot-lost-notice', { paymentId: payment.id, refundId: refund.id, why });
}
