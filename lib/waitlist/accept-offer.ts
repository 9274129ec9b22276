import { db } from '../db';
import { withTransaction } from '../transaction';
import { AppError } from '../errors';
import type { SessionUser } from '../auth/roles';
import { recordAuditEvent } from '../audit/record-audit-event';
import { enqueue, scheduleReminder } from '../jobs/enqueue';
import { appointmentSelect, type AppointmentRecord } from '../booking/appointment-view';
import { openCheckout } from '../payments/open-checkout';
import { hashOfferToken } from './offer-freed-slot';

async function findOffer(user: SessionUser, token: string) {
  const offer = await db().waitlistOffer.findUnique({
    where: { tokenHash: hashOfferToken(token) },
    select: { id: true, entryId: true, expiresAt: true, acceptedAt: true, appointment: { select: appointmentSelect } },
  });
  if (!offer || offer.appointment.patient.userId !== user.id) throw new AppError('NOT_FOUND', 'Offer not found.');
  return offer;
}

export async function getOffer(user: SessionUser, token: string) {
  return findOffer(user, token);
}

/**
 * A free visit is booked at once. A paid one stays held and gets a pending card payment: the
 * patient goes to Checkout for the rest of the offer's 15 minutes, and only Stripe's signed event
 * books it (as for any paid booking).
 */
export async function acceptOffer(
  user: SessionUser,
  token: string,
  now = new Date(),
): Promise<{ appointment: AppointmentRecord; checkoutUrl: string | null }> {
  const offer = await findOffer(user, token);
  if (offer.acceptedAt) return { appointment: offer.appointment, checkoutUrl: await pendingCheckout(offer.appointment.id) };
  if (offer.expiresAt <= now || offer.appointment.status !== 'HELD') throw new AppError('OFFER_EXPIRED');
  if (offer.appointment.priceCents > 0) return acceptPaidOffer(user, offer, now);
  const appointment = await withTransaction(async (tx) => {
    const changed = await tx.appointment.updateMany({
      where: { id: offer.appointment.id, status: 'HELD', holdExpiresAt: { gt: now } },
      data: { status: 'BOOKED', holdExpiresAt: null },
    });
    if (changed.count === 0) throw new AppError('OFFER_EXPIRED');
    await tx.waitlistOffer.update({ where: { id: offer.id }, data: { acceptedAt: now } });
    await tx.waitlistEntry.update({ where: { id: offer.entryId }, data: { status: 'FULFILLED' } });
    await recordAuditEvent(
      {
        actorId: user.id,
        action: 'appointment.book',
        entityType: 'Appointment',
        entityId: offer.appointment.id,
        patientId: offer.appointment.patientId,
        practiceId: offer.appointment.therapist.practiceId,
        data: { via: 'waitlist' },
      },
      tx,
    );
    await enqueue(tx, 'appointment.booked', { appointmentId: offer.appointment.id });
    await scheduleReminder(tx, { id: offer.appointment.id, startsAt: offer.appointment.startsAt });
    return tx.appointment.findUniqueOrThrow({ where: { id: offer.appointment.id }, select: appointmentSelect });
  });
  return { appointment, checkoutUrl: null };
}

async function pendingCheckout(appointmentId: string): Promise<string | null> {
  const payment = await db().payment.findUnique({ where: { appointmentId }, select: { id: true } });
  return payment ? openCheckout(payment.id) : null;
}

async function acceptPaidOffer(user: SessionUser, offer: Awaited<ReturnType<typeof findOffer>>, now: Date) {
  const a = offer.appointment;
  const paymentId = await withTransaction(async (tx) => {
    const still = await tx.appointment.count({ where: { id: a.id, status: 'HELD', holdExpiresAt: { gt: now } } });
    if (!still) throw new AppError('OFFER_EXPIRED');
    const payment = await tx.payment.create({
      data: { appointmentId: a.id, method: 'CARD', status: 'PENDING', amountCents: a.priceCents, currency: a.currency },
      select: { id: true },
    });
    await tx.waitlistOffer.update({ where: { id: offer.id }, data: { acceptedAt: now } });
    await tx.waitlistEntry.update({ where: { id: offer.entryId }, data: { status: 'FULFILLED' } });
    await recordAuditEvent(
      {
        actorId: user.id,
        action: 'appointment.offer_accepted',
        entityType: 'Appointment',
        entityId: a.id,
        patientId: a.patientId,
        practiceId: a.therapist.practiceId,
        data: { via: 'waitlist', paymentId: payment.id },
      },
      tx,
    );
    return payment.id;
  });
  return { appointment: a, checkoutUrl: await openCheckout(paymentId) };
}
