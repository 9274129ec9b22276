import { db } from '../db';
import { AppError } from '../errors';
import type { SessionUser } from '../auth/roles';

export async function patientIdOf(user: SessionUser): Promise<string> {
  const patient = await db().patient.findUnique({ where: { userId: user.id }, select: { id: true } });
  if (!patient) throw new AppError('FORBIDDEN', 'Only patients can do this.');
  return patient.id;
}
