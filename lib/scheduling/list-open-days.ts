// GET /api/slots/days: the same computation as GET /api/slots, answered as one line per local
// date with times (a few kilobytes for 93 days instead of thousands of slots).
import { findBookableSlots, type OpenSlotsQuery } from './list-open-slots';
import { openDays } from './open-days';
import { DAY_MS } from './zoned-time';

export interface OpenDaysQuery extends OpenSlotsQuery {
  timeZone: string;
}

export async function listOpenDays(q: OpenDaysQuery, now = new Date()) {
  const { visitType, slots } = await findBookableSlots(q, now);
  return {
    timeZone: q.timeZone,
    days: openDays(
      slots.map((s) => s.start),
      q.timeZone,
    ),
    // Days after this cannot be booked yet, whatever the hours say (the visit type's horizon).
    bookableUntil: new Date(now.getTime() + visitType.horizonDays * DAY_MS).toISOString(),
  };
}
