// Who may book a series for whom: a patient for themselves when the visit type allows it (and
// their email is verified, decision 045); staff
// by the staff booking rule (authorize-staff-booking.ts).
import { db } from '../db';
import { AppError } from '../errors';
import type { SessionUser } from '../auth/roles';
import { assertEmailVerifiedToBook } from '../accounts/email-verification/assert-email-verified';
import { authorizeStaffBooking } from './authorize-staff-booking';
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
    await assertEmailVerifiedToBook(user);
    return patientIdOf(user);
  }
  if (!req.patientId) throw new AppError('VALIDATION_FAILED', 'Invalid body: patientId is required.');
  await authorizeStaffBooking(user, { patientId: req.patientId, therapistId: req.therapistId });
  return req.patientId;
}
