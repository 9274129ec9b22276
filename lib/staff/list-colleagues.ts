import { db } from '../db';

/** Other active therapists of a practice: who can take over a visit. */
export function listActiveColleagues(practiceId: string, exceptTherapistId: string) {
  return db().therapist.findMany({
    where: { practiceId, id: { not: exceptTherapistId }, user: { active: true } },
    orderBy: { user: { name: 'asc' } },
    select: { id: true, offersVirtual: true, user: { select: { name: true } } },
  });
}
