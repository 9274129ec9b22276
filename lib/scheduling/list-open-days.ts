// GET /api/slots/days: the same computation as GET /api/slots, answered as one line per local
// date with times (a few kilobytes for 93 days instead of thousands of slots).
import { AppError } from '../errors';
import { findOpenSlotsForAll } from './find-open-slots';
import { MAX_RANGE_DAYS } from './list-open-slots';
import { loadSchedules } from './load-schedules';
import { openDays } from './open-days';
import { DAY_MS } from './zoned-time';

export interface OpenDaysQuery { visitTypeId: string; from: Date; to: Date; timeZone: string; therapistId?: string; clinicId?: string }

export async function listOpenDays(q: OpenDaysQuery, now = new Date()) {
  if (q.to <= q.from) throw new AppError('VALIDATION_FAILED', 'Invalid query: "to" must be after "from".');
  if (q.to.getTime() - q.from.getTime() > MAX_RANGE_DAYS * DAY_MS) {
    throw new AppError('VALIDATION_FAILED', `Invalid query: the range can be at most ${MAX_RANGE_DAYS} days.`);
  }
  const { visitType, schedules } = await loadSchedules(q);
  if (!visitType) throw new AppError('NOT_FOUND', 'Visit type not found.');
  const slots = findOpenSlotsForAll(schedules, visitType, {
    from: q.from.getTime(), to: q.to.getTime(), now: now.getTime(),
    clinicId: visitType.modality === 'IN_CLINIC' ? q.clinicId : undefined,
  });
  return {
    timeZone: q.timeZone,
    days: openDays(slots.map((s) => s.start), q.timeZone),
    // Days after this cannot be booked yet, whatever the hours say (the visit type's horizon).
    bookableUntil: new Date(now.getTime() + visitType.horizonDays * DAY_MS).toISOString(),
  };
}
