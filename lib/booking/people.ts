import { db } from '../db';
import { AppError } from '../errors';
import type { SessionUser } from '../auth/roles';

export async function patientIdOf(user: SessionUser): Promise<string> {
  const patient = await db().patient.findUnique({ where: { userId: user.id }, select: { id: true } });
  if (!patient) throw new AppError('FORBIDDEN', 'Only patients can do this.');
  return patient.id;
}

/** A therapist "treats" a patient once they share an appointment or an exercise plan. */
export async function assertTherapistTreats(user: SessionUser, patientId: string): Promise<void> {
  const mine = { therapist: { userId: user.id } };
  const shared = await db().patient.count({
    where: { id: patientId, OR: [{ appointments: { some: mine } }, { exercisePlans: { some: mine } }] },
  });
  if (!shared) throw new AppError('NOT_FOUND', 'Patient not found.');
}

export async function assertAdminReaches(user: SessionUser, patientId: string): Promise<void> {
  const exists = await db().patient.count({
    where: {
      id: patientId,
      ...(user.practiceId ? {
        OR: [{ appointments: { some: { therapist: { practiceId: user.practiceId } } } },
          { exercisePlans: { some: { therapist: { practiceId: user.practiceId } } } }],
      } : {}),
    },
  });
  if (!exists) throw new AppError('NOT_FOUND', 'Patient not found.');
}
