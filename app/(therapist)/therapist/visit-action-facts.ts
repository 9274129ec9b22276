// The facts VisitActions needs, decided on the server from the clock and the visit's local day.
import { checkInWindow } from '@/lib/booking/check-in-window';
import type { VisitActionFacts } from './visit-actions';

export function visitActionFacts(
  a: {
    id: string;
    modality: VisitActionFacts['modality'];
    status: VisitActionFacts['status'];
    startsAt: Date;
    checkedInAt: Date | null;
    clinic: { timezone: string } | null;
  },
  therapistZone: string,
  now = new Date(),
): VisitActionFacts {
  const { opensAt, closesAt } = checkInWindow({ startsAt: a.startsAt, timezone: a.clinic?.timezone ?? therapistZone });
  return {
    id: a.id,
    modality: a.modality,
    status: a.status,
    checkedInAt: a.checkedInAt?.toISOString() ?? null,
    checkInOpen: now >= opensAt && now < closesAt,
    started: a.startsAt <= now,
  };
}
