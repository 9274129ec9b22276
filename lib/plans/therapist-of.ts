import { db } from '../db';
import { AppError } from '../errors';
import type { SessionUser } from '../auth/roles';

/** The caller's therapist record. */
export async function therapistOf(user: SessionUser): Promise<{ id: string; practiceId: string }> {
  const therapist = await db().therapist.findUnique({ where: { userId: user.id }, select: { id: true, practiceId: true } });
  if (!therapist) throw new AppError('FORBIDDEN', 'Only therapists can do this.');
  return therapist;
}
