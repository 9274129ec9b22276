// Which booked visits a change of availability would leave outside the therapist's hours. Pure.
// A visit is "orphaned" when today's hours cover it and the proposed hours no longer do; a visit
// that was already outside (booked by staff off-hours, or in time off) is not the change's doing.
import { availabilityRanges } from './availability-ranges';
import type { DateOverride, Interval, Modality, WeeklyRule } from './slot-types';
import { mergeIntervals, overlapsAny } from './intervals';
import { dateOfWallDay, wallTimeToInstantLenient } from './zoned-time';

export interface Availability {
  rules: WeeklyRule[];
  overrides: DateOverride[];
  timeOff: Interval[];
}

export interface BookedVisit {
  /** Epoch ms, [start, end). */
  start: number;
  end: number;
  modality: Modality;
  clinicId: string | null;
}

/** Whether one stretch of hours (adjacent ranges joined) holds the whole visit, clear of time off. */
export function availabilityCovers(availability: Availability, visit: BookedVisit): boolean {
  if (overlapsAny(mergeIntervals(availability.timeOff), visit.start, visit.end)) return false;
  const ranges = availabilityRanges(availability.rules, availability.overrides, {
    modality: visit.modality,
    clinicId: visit.modality === 'IN_CLINIC' ? visit.clinicId : null,
    earliest: visit.start,
    latest: visit.start,
  });
  const open = mergeIntervals(
    ranges.map((r) => ({
      start: wallTimeToInstantLenient(dateOfWallDay(r.wallDay), r.startMinute, r.timeZone),
      end: wallTimeToInstantLenient(dateOfWallDay(r.wallDay), r.endMinute, r.timeZone),
    })),
  );
  return open.some((o) => o.start <= visit.start && visit.end <= o.end);
}

export function findOrphanedVisits<V extends BookedVisit>(
  current: Availability,
  proposed: Availability,
  visits: readonly V[],
): V[] {
  return visits.filter((v) => availabilityCovers(current, v) && !availabilityCovers(proposed, v));
}
