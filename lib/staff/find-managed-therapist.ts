import { db } from '../db';
import { AppError } from '../errors';
import type { SessionUser } from '../auth/roles';
import { inPracticeScope } from '../admin/practice-scope';

/** A therapist the admin manages, or 404 (another practice's therapists do not exist for them). */
export async function findManagedTherapist(admin: SessionUser, therapistId: string) {
  const therapist = await db().therapist.findFirst({
    where: { id: therapistId, ...inPracticeScope(admin) },
    select: {
      id: true,
      practiceId: true,
      clinicId: true,
      timezone: true,
      offersVirtual: true,
      practice: { select: { name: true } },
      user: { select: { id: true, name: true, email: true, active: true, passwordHash: true } },
    },
  });
  if (!therapist) throw new AppError('NOT_FOUND', 'Therapist not found.');
  return therapist;
}
