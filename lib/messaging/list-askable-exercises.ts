// The exercises a patient can ask their therapist about: the items of the newest version of each
// open plan that therapist wrote for them. Callers have checked the conversation first.
import { db } from '../db';

export async function listAskableExercises(
  patientId: string,
  therapistId: string,
): Promise<{ planItemId: string; exerciseId: string; name: string }[]> {
  const plans = await db().exercisePlan.findMany({
    where: { patientId, therapistId, endedAt: null },
    select: {
      versions: {
        orderBy: { version: 'desc' },
        take: 1,
        select: {
          items: { orderBy: { position: 'asc' }, select: { id: true, exerciseId: true, exercise: { select: { name: true } } } },
        },
      },
    },
  });
  return plans
    .flatMap((p) => p.versions[0]?.items ?? [])
    .map((i) => ({ planItemId: i.id, exerciseId: i.exerciseId, name: i.exercise.name }));
}
