// The visit types staff may book for a practice's therapists: the active ones of the practice and
// the network-wide ones (practiceId null), as the front desk's filter lists them.
import { db } from '../db';

export const bookableVisitTypeSelect = { id: true, name: true, modality: true, durationMinutes: true } as const;

export interface BookableVisitType {
  id: string;
  name: string;
  modality: 'IN_CLINIC' | 'VIRTUAL';
  durationMinutes: number;
}

export function listBookableVisitTypes(practiceId: string): Promise<BookableVisitType[]> {
  return db().visitType.findMany({
    where: { active: true, OR: [{ practiceId: null }, { practiceId }] },
    orderBy: { name: 'asc' },
    select: bookableVisitTypeSelect,
  });
}
