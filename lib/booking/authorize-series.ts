// Who may book a series for whom: a patient for themselves when the visit type allows it, a
// therapist into their own calendar for a patient in their care, an admin within their practice
// for a patient in its care (lib/care/care-relationship.ts).
import { db } from '../db';
import { AppError } from '../errors';
import type { SessionUser } from '../auth/roles';
import { assertMayReadPatient } from '../care/care-relationship';
import { patientIdOf } from './people';

export async function authorizeSeries(
  user: SessionUser,
  req: { patientId?: string; therapistId: string; visitTypeId: string },
): Promise<string> {
  if (user.role === 'PATIENT') {
    const visitType = await db().visitType.findUnique({
      where: { id: req.visitTypeId },
      select: { patientMayBookSeries: true, priceCents: true },
    });
    if (!visitType) throw new AppError('NOT_FOUND', 'Visit type not found.');
    if (!visitType.patientMayBookSeries)
      throw new AppError('FORBIDDEN', 'Your therapist books a series of this visit type for you.');
    // Each paid visit goes through checkout on its own; a series is billed by the clinic, so only staff book one.
    if (visitType.priceCents > 0)
      throw new AppError('FORBIDDEN', 'Book paid visits one at a time, or ask your therapist to book the series.');
    return patientIdOf(user);
  }
  if (!req.patientId) throw new AppError('VALIDATION_FAILED', 'Invalid body: patientId is required.');
  const therapist = await db().therapist.findUnique({
    where: { id: req.therapistId },
    select: { userId: true, practiceId: true },
  });
  if (!therapist) throw new AppError('NOT_FOUND', 'Therapist not found.');
  if (user.role === 'THERAPIST') {
    if (therapist.userId !== user.id) throw new AppError('FORBIDDEN', 'Therapists book series into their own calendar.');
    await assertMayReadPatient(user, req.patientId);
  } else {
    if (user.practiceId && therapist.practiceId !== user.practiceId) throw new AppError('NOT_FOUND', 'Therapist not found.');
    await assertMayReadPatient(user, req.patientId);
  }
  return req.patientId;
}
