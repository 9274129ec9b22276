import { db } from '../db';

export function listVisitTypes() {
  return db().visitType.findMany({
    where: { active: true },
    orderBy: [{ modality: 'asc' }, { durationMinutes: 'desc' }],
    select: {
      id: true,
      slug: true,
      name: true,
      description: true,
      durationMinutes: true,
      priceCents: true,
      currency: true,
      modality: true,
      practiceId: true,
      freeCancellationHours: true,
      lateCancellationFeeCents: true,
    },
  });
}
