// The library as one member of staff sees it, searched and filtered.
import { db } from '../db';
import type { SessionUser } from '../auth/roles';
import { staffScope, visibleExercises } from './exercise-scope';
import { exerciseSelect, toExerciseView } from './exercise-view';
import type { ExerciseQuery, ExerciseView } from './schemas';

export async function listExercises(user: SessionUser, q: ExerciseQuery): Promise<ExerciseView[]> {
  const scope = await staffScope(user);
  const text = q.q?.trim();
  const rows = await db().exercise.findMany({
    where: {
      AND: [
        visibleExercises(scope),
        q.archived === 'true' ? {} : { active: true },
        q.condition ? { conditions: { has: q.condition } } : {},
        q.region ? { region: q.region } : {},
        q.category ? { category: q.category } : {},
        text
          ? { OR: [{ name: { contains: text, mode: 'insensitive' } }, { purpose: { contains: text, mode: 'insensitive' } }] }
          : {},
      ],
    },
    orderBy: { name: 'asc' },
    take: 500,
    select: exerciseSelect,
  });
  return rows.map((e) => toExerciseView(e, scope));
}
