import { db } from '../db';
import { AppError } from '../errors';
import type { SessionUser } from '../auth/roles';
import { recordAuditEvent } from '../audit/record-audit-event';
import { enqueue, scheduleReminder } from '../jobs/enqueue';
import { appointmentSelect } from '../booking/appointment-view';
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

export async function acceptOffer(user: SessionUser, token: string, now = new Date()) {
  const offer = await findOffer(user, token);
  if (offer.acceptedAt) return offer.appointment;
  if (offer.expiresAt <= now || offer.appointment.status !== 'HELD') throw new AppError('OFFER_EXPIRED');
  return db().$transaction(async (tx) => {
    const changed = await tx.appointment.updateMany({
      where: { id: offer.appointment.id, status: 'HELD', holdExpiresAt: { gt: now } },
      data: { status: 'BOOKED', holdExpiresAt: null },
    });
    if (changed.count === 0) throw new AppError('OFFER_EXPIRED');
    await tx.waitlistOffer.update({ where: { id: offer.id }, data: { acceptedAt: now } });
    await tx.waitlistEntry.update({ where: { id: offer.entryId }, data: { status: 'FULFILLED' } });
    await recordAuditEvent({
      actorId: user.id, action: 'appointment.book', entityType: 'Appointment', entityId: offer.appointment.id,
      patientId: offer.appointment.patientId, practiceId: offer.appointment.therapist.practiceId, data: { via: 'waitlist' },
    }, tx);
    await enqueue(tx, 'appointment.booked', { appointmentId: offer.appointment.id });
    await scheduleReminder(tx, { id: offer.appointment.id, startsAt: offer.appointment.startsAt });
    return tx.appointment.findUniqueOrThrow({ where: { id: offer.appointment.id }, select: appointmentSelect });
  });
}
