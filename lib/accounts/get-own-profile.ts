import { db } from '../db';
import { AppError } from '../errors';
import type { Profile } from './schemas';

export async function getOwnProfile(userId: string): Promise<Profile> {
  const user = await db().user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      practice: { select: { id: true, name: true } },
      patient: {
        select: { dateOfBirth: true, timezone: true, phone: true, preferredClinic: { select: { id: true, name: true } } },
      },
      therapist: {
        select: {
          credentials: true,
          timezone: true,
          offersVirtual: true,
          practice: { select: { id: true, name: true } },
          clinic: { select: { id: true, name: true } },
        },
      },
    },
  });
  if (!user) throw new AppError('NOT_FOUND');
  return {
    ...user,
    patient: user.patient && { ...user.patient, dateOfBirth: user.patient.dateOfBirth.toISOString().slice(0, 10) },
  };
}
