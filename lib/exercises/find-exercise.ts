import { db } from '../db';
import { AppError } from '../errors';
import type { SessionUser } from '../auth/roles';
import { staffScope, visibleExercises } from './exercise-scope';
import { exerciseSelect, toExerciseView } from './exercise-view';
import type { ExerciseView } from './schemas';

/** One exercise the caller may see (another practice's is "not found"). */
export async function findExercise(user: SessionUser, id: string): Promise<ExerciseView> {
  const scope = await staffScope(user);
  const exercise = await db().exercise.findFirst({ where: { AND: [{ id }, visibleExercises(scope)] }, select: exerciseSelect });
  if (!exercise) throw new AppError('NOT_FOUND', 'Exercise not found.');
  return toExerciseView(exercise, scope);
}
