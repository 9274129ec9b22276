// Who on the staff may book whom into which calendar: a therapist into their own calendar, a
// practice admin into a therapist of their practice (another practice's therapist is a 404, as
// every admin read), a network admin anywhere; the patient must be one the caller may read (the
// care relationship, lib/care/care-relationship.ts), else 404. Series and single visits share it.
import { db } from '../db';
import { AppError } from '../errors';
import type { SessionUser } from '../auth/roles';
import { assertMayReadPatient } from '../care/care-relationship';

export async function authorizeStaffBooking(user: SessionUser, req: { patientId: string; therapistId: string }): Promise<void> {
  const therapist = await db().therapist.findUnique({
    where: { id: req.therapistId },
    select: { userId: true, practiceId: true },
  });
  if (!therapist) throw new AppError('NOT_FOUND', 'Therapist not found.');
  if (user.role === 'THERAPIST') {
    if (therapist.userId !== user.id) throw new AppError('FORBIDDEN', 'Therapists book into their own calendar.');
  } else if (user.role !== 'ADMIN') {
    throw new AppError('FORBIDDEN');
  } else if (user.practiceId && therapist.practiceId !== user.practiceId) {
    throw new AppError('NOT_FOUND', 'Therapist not found.');
  }
  await assertMayReadPatient(user, req.patientId);
}
