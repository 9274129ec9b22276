import { db } from '../db';
import { AppError } from '../errors';
import type { SessionUser } from '../auth/roles';

/**
 * A user's patient row never changes (one per user, made at sign-up, only ever deleted with the
 * user), so the answer is remembered per process: one round trip less on every patient request.
 * Only found rows are remembered; the size is bounded.
 */
const patientIds = new Map<string, string>();
const REMEMBERED = 10_000;

export async function patientIdOf(user: SessionUser): Promise<string> {
  const known = patientIds.get(user.id);
  if (known) return known;
  const patient = await db().patient.findUnique({ where: { userId: user.id }, select: { id: true } });
  if (!patient) throw new AppError('FORBIDDEN', 'Only patients can do this.');
  if (patientIds.size >= REMEMBERED) patientIds.delete(patientIds.keys().next().value!);
  patientIds.set(user.id, patient.id);
  return patient.id;
}
