// Adds an exercise: to the caller's practice library, or for a network admin to the starter
// library every practice shares.
import { randomUUID } from 'node:crypto';
import { db, type Prisma } from '../db';
import type { SessionUser } from '../auth/roles';
import { recordAuditEvent } from '../audit/record-audit-event';
import { staffScope } from './exercise-scope';
import { exerciseSelect, toExerciseView } from './exercise-view';
import { columns } from './exercise-columns';
import type { ExerciseInput, ExerciseView } from './schemas';

function slugFor(name: string): string {
  const base =
    name
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'exercise';
  return `${base}-${randomUUID().slice(0, 6)}`;
}

export async function createExercise(user: SessionUser, input: ExerciseInput): Promise<ExerciseView> {
  const scope = await staffScope(user);
  const data = columns(input) as Prisma.ExerciseUncheckedCreateInput;
  const created = await db().$transaction(async (tx) => {
    const exercise = await tx.exercise.create({
      data: { ...data, slug: slugFor(input.name), practiceId: scope.practiceId, createdById: user.id },
      select: exerciseSelect,
    });
    await recordAuditEvent(
      {
        actorId: user.id,
        action: 'exercise.create',
        entityType: 'Exercise',
        entityId: exercise.id,
        practiceId: scope.practiceId,
        data: { name: exercise.name },
      },
      tx,
    );
    return exercise;
  });
  return toExerciseView(created, scope);
}
