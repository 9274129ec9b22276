// Edits (or archives) an exercise the caller's practice owns; the starter library is the network
// admins' to change.
import { db } from '../db';
import { AppError } from '../errors';
import type { SessionUser } from '../auth/roles';
import { recordAuditEvent } from '../audit/record-audit-event';
import { canEditExercise, staffScope, visibleExercises } from './exercise-scope';
import { exerciseSelect, toExerciseView } from './exercise-view';
import { columns } from './exercise-columns';
import type { ExerciseUpdate, ExerciseView } from './schemas';

export async function updateExercise(user: SessionUser, id: string, input: ExerciseUpdate): Promise<ExerciseView> {
  const scope = await staffScope(user);
  const current = await db().exercise.findFirst({
    where: { AND: [{ id }, visibleExercises(scope)] },
    select: { id: true, practiceId: true },
  });
  if (!current) throw new AppError('NOT_FOUND', 'Exercise not found.');
  if (!canEditExercise(scope, current)) {
    throw new AppError(
      'FORBIDDEN',
      'The starter library is shared by every practice; only network admins change it. Add your own version instead.',
    );
  }
  const { active, ...fields } = input;
  const updated = await db().$transaction(async (tx) => {
    const exercise = await tx.exercise.update({
      where: { id },
      data: { ...columns(fields), ...(active !== undefined ? { active } : {}) },
      select: exerciseSelect,
    });
    await recordAuditEvent(
      {
        actorId: user.id,
        action: 'exercise.update',
        entityType: 'Exercise',
        entityId: id,
        practiceId: current.practiceId,
        data: { fields: Object.keys(input) },
      },
      tx,
    );
    return exercise;
  });
  return toExerciseView(updated, scope);
}
