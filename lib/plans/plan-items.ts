// Turning a plan form's items into rows: every exercise must be one the therapist can see in the
// library and still active.
import { db } from '../db';
import { AppError } from '../errors';
import type { SessionUser } from '../auth/roles';
import { staffScope, visibleExercises } from '../exercises/exercise-scope';
import type { PlanContentInput } from './schemas';

export async function checkExercises(user: SessionUser, items: PlanContentInput['items']): Promise<void> {
  const ids = items.map((i) => i.exerciseId);
  const found = await db().exercise.count({
    where: { AND: [{ id: { in: ids } }, { active: true }, visibleExercises(await staffScope(user))] },
  });
  if (found !== new Set(ids).size)
    throw new AppError('VALIDATION_FAILED', 'One of the exercises is not in your library (or was archived).');
}

export function itemRows(items: PlanContentInput['items']) {
  return items.map((i, position) => ({
    exerciseId: i.exerciseId,
    position,
    sets: i.sets,
    reps: i.reps,
    holdSeconds: i.holdSeconds,
    minutes: i.minutes,
    timesPerDay: i.timesPerDay,
    daysPerWeek: i.daysPerWeek,
    notes: i.notes,
    timesOfDay: [...new Set(i.timesOfDay)],
  }));
}
