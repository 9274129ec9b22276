// When a visit is cancelled, the first patient waiting for that therapist or clinic in that
// window gets the time held for 15 minutes and an email with a link to take it.
import { createHash, randomBytes } from 'node:crypto';
import { db } from '../db';
import { AppError } from '../errors';
import { env } from '../env';
import { bookAppointment } from '../booking/book-appointment';
import { sendWaitlistOffer } from '../notify/send-waitlist-offer';

export const OFFER_MINUTES = 15;

export interface FreedSlot {
  therapistId: string;
  clinicId: string | null;
  modality: 'IN_CLINIC' | 'VIRTUAL';
  start: string;
  end: string;
}

export const hashOfferToken = (token: string) => createHash('sha256').update(token).digest('hex');

export async function offerFreedSlot(freed: FreedSlot, now = new Date()): Promise<{ offeredTo: string } | null> {
  const start = new Date(freed.start);
  if (start <= now) return null;
  const candidates = await db().waitlistEntry.findMany({
    where: {
      status: 'ACTIVE',
      earliest: { lte: start },
      latest: { gt: start },
      visitType: { modality: freed.modality, active: true },
      OR: [{ therapistId: freed.therapistId }, { therapistId: null, clinicId: freed.clinicId ?? undefined }],
      // Someone who already let this very time lapse is not offered it again.
      offers: { none: { appointment: { startsAt: start, therapistId: freed.therapistId } } },
    },
    orderBy: { createdAt: 'asc' },
    take: 20,
    select: {
      id: true,
      patientId: true,
      visitTypeId: true,
      patientState: true,
      patient: { select: { userId: true, timezone: true, user: { select: { email: true, name: true } } } },
    },
  });
  for (const entry of candidates) {
    const holdUntil = new Date(now.getTime() + OFFER_MINUTES * 60_000);
    try {
      const { appointment } = await bookAppointment(
        {
          patientId: entry.patientId,
          visitTypeId: entry.visitTypeId,
          therapistId: freed.therapistId,
          start,
          // Video: held only if the therapist is licensed where the patient will be (else the next patient).
          clinicId: freed.clinicId,
          patientState: entry.patientState,
          createdById: entry.patient.userId,
          holdUntil,
        },
        now,
      );
      const token = randomBytes(24).toString('base64url');
      await db().$transaction([
        db().waitlistOffer.create({
          data: { entryId: entry.id, appointmentId: appointment.id, tokenHash: hashOfferToken(token), expiresAt: holdUntil },
        }),
        db().waitlistEntry.update({ where: { id: entry.id }, data: { status: 'OFFERED' } }),
      ]);
      await sendWaitlistOffer({
        to: entry.patient.user.email,
        name: entry.patient.user.name,
        appointment,
        timezone: entry.patient.timezone,
        url: `${env().NEXTAUTH_URL}/waitlist/offers/${token}`,
        expiresAt: holdUntil,
      });
      return { offeredTo: entry.patientId };
    } catch (err) {
      // This patient cannot take it (busy then, or the time no longer fits): try the next one.
      if (err instanceof AppError && err.status < 500) continue;
      throw err;
    }
  }
  return null;
}
