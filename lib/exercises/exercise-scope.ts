// Which exercises a member of staff sees and may change. The starter library (no practice) is
// everyone's and only network admins edit it; a practice's own exercises are seen and edited by
// its therapists and admins.
import { db, type Prisma } from '../db';
import { AppError } from '../errors';
import type { SessionUser } from '../auth/roles';

export interface StaffScope {
  /** The caller's practice; null for a network admin. */
  practiceId: string | null;
  network: boolean;
}

export async function staffScope(user: SessionUser): Promise<StaffScope> {
  if (user.role === 'ADMIN') return { practiceId: user.practiceId, network: user.practiceId === null };
  if (user.role === 'THERAPIST') {
    const therapist = await db().therapist.findUnique({ where: { userId: user.id }, select: { practiceId: true } });
    if (therapist) return { practiceId: therapist.practiceId, network: false };
  }
  throw new AppError('FORBIDDEN', 'Only therapists and admins use the exercise library.');
}

/** Exercises the scope may see: the starter library and the practice's own (all, for the network). */
export function visibleExercises(scope: StaffScope): Prisma.ExerciseWhereInput {
  return scope.network ? {} : { OR: [{ practiceId: null }, { practiceId: scope.practiceId }] };
}

export function canEditExercise(scope: StaffScope, exercise: { practiceId: string | null }): boolean {
  return scope.network || (exercise.practiceId !== null && exercise.practiceId === scope.practiceId);
}
