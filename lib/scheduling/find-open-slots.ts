// The bookable starts for a visit: a therapist's wall-clock hours, turned into instants zone by
// zone, less time off, existing appointments (with buffers), short notice and the horizon.
// Pure: time comes in as `now`, and everything is epoch ms (UTC) plus IANA zone names.
import { availabilityRanges } from './availability-ranges';
import { mergeIntervals, overlapsAny } from './intervals';
import { zoneTimeline, type ZoneTimeline } from './zone-timeline';
import { DAY_MS, instantOfWall, instantOfWallLenient, MINUTE_MS } from './zoned-time';
import type { Interval, OpenSlot, SlotQuery, SlotRejection, TherapistSchedule, VisitRules } from './slot-types';

// The types live in slot-types.ts; callers may keep naming them from here.
export type {
  DateOverride,
  Interval,
  Modality,
  OpenSlot,
  SlotQuery,
  SlotRejection,
  TherapistSchedule,
  VisitRules,
  WeeklyRule,
} from './slot-types';

/** Inclusive bounds on a slot's start. */
interface StartBounds {
  earliest: number;
  latest: number;
}

/** Merged time off, and merged busy blocks (null = ignore appointments). */
interface Blocks {
  timeOff: Interval[];
  busy: Interval[] | null;
}

type Timelines = (timeZone: string) => ZoneTimeline;

function timelinesFor(bounds: StartBounds): Timelines {
  const timelines = new Map<string, ZoneTimeline>();
  return (timeZone) => {
    let timeline = timelines.get(timeZone);
    if (!timeline) {
      // Dates run a day either side of the bounds, and each conversion probes a day either side.
      timeline = zoneTimeline(timeZone, bounds.earliest - 3 * DAY_MS, bounds.latest + 3 * DAY_MS);
      timelines.set(timeZone, timeline);
    }
    return timeline;
  };
}

function assertVisitRules(visit: VisitRules): void {
  if (!(visit.durationMinutes > 0) || !(visit.slotStepMinutes > 0)) {
    throw new RangeError('durationMinutes and slotStepMinutes must be positive');
  }
}

function compareClinic(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return a < b ? -1 : 1;
}

const isAfter = (a: OpenSlot, b: OpenSlot) =>
  a.start > b.start || (a.start === b.start && compareClinic(a.clinicId, b.clinicId) > 0);

/** Sorted by start (then clinic), with the copies overlapping rules produce removed. */
function sortedDistinct(slots: OpenSlot[]): OpenSlot[] {
  // Usually already in order (dates ascend, and a day's rules are often listed in order).
  if (slots.every((slot, i) => i === 0 || isAfter(slot, slots[i - 1] as OpenSlot))) return slots;
  slots.sort((a, b) => a.start - b.start || compareClinic(a.clinicId, b.clinicId));
  return slots.filter((slot, i) => {
    const previous = slots[i - 1];
    return !previous || previous.start !== slot.start || previous.clinicId !== slot.clinicId;
  });
}

function collectSlots(
  schedule: TherapistSchedule,
  visit: VisitRules,
  clinicId: string | null,
  bounds: StartBounds,
  timelines: Timelines,
  blocks: Blocks,
): OpenSlot[] {
  const durationMs = visit.durationMinutes * MINUTE_MS;
  const stepMs = visit.slotStepMinutes * MINUTE_MS;
  const bufferBeforeMs = visit.bufferBeforeMinutes * MINUTE_MS;
  const bufferAfterMs = visit.bufferAfterMinutes * MINUTE_MS;
  const found: OpenSlot[] = [];
  const consider = (start: number, slotClinicId: string | null) => {
    if (start < bounds.earliest || start > bounds.latest) return;
    const end = start + durationMs;
    if (overlapsAny(blocks.timeOff, start, end)) return;
    if (blocks.busy && overlapsAny(blocks.busy, start - bufferBeforeMs, end + bufferAfterMs)) return;
    found.push({ start, end, therapistId: schedule.therapistId, clinicId: slotClinicId });
  };

  const ranges = availabilityRanges(schedule.rules, schedule.overrides, {
    modality: visit.modality,
    clinicId,
    earliest: bounds.earliest,
    latest: bounds.latest,
  });
  for (const range of ranges) {
    const { offsetAt, isSteady } = timelines(range.timeZone);
    const wallStart = range.wallDay + range.startMinute * MINUTE_MS;
    const rangeEnd = instantOfWallLenient(offsetAt, range.wallDay + range.endMinute * MINUTE_MS);
    const first = instantOfWall(offsetAt, wallStart);
    if (first !== null && isSteady(first, rangeEnd - 1)) {
      // No clock change inside the range, so wall-clock steps are equal steps of elapsed time.
      const skipped = Math.max(0, Math.ceil((bounds.earliest - first) / stepMs));
      for (let start = first + skipped * stepMs; start + durationMs <= rangeEnd && start <= bounds.latest; start += stepMs) {
        consider(start, range.clinicId);
      }
    } else {
      // A clock change inside: step the wall clock itself, skipping times that do not exist.
      const wallEnd = range.wallDay + range.endMinute * MINUTE_MS;
      for (let wall = wallStart; wall < wallEnd; wall += stepMs) {
        const start = instantOfWall(offsetAt, wall);
        if (start !== null && start + durationMs <= rangeEnd) consider(start, range.clinicId);
      }
    }
  }
  return sortedDistinct(found);
}

function queryBounds(visit: VisitRules, query: SlotQuery): StartBounds {
  return {
    earliest: Math.max(query.from, query.now + visit.minNoticeMinutes * MINUTE_MS),
    // Starts are whole milliseconds, so `start < to` is `start <= ceil(to) - 1`.
    latest: Math.min(Math.ceil(query.to) - 1, query.now + visit.horizonDays * DAY_MS),
  };
}

function openSlots(
  schedule: TherapistSchedule,
  visit: VisitRules,
  query: SlotQuery,
  bounds: StartBounds,
  timelines: Timelines,
): OpenSlot[] {
  if (bounds.earliest > bounds.latest) return [];
  const blocks = { timeOff: mergeIntervals(schedule.timeOff), busy: mergeIntervals(schedule.busy) };
  return collectSlots(schedule, visit, query.clinicId ?? null, bounds, timelines, blocks);
}

/** One therapist's bookable starts in [query.from, query.to), sorted by start. */
export function findOpenSlots(schedule: TherapistSchedule, visit: VisitRules, query: SlotQuery): OpenSlot[] {
  assertVisitRules(visit);
  const bounds = queryBounds(visit, query);
  return openSlots(schedule, visit, query, bounds, timelinesFor(bounds));
}

/** Every therapist's bookable starts, merged and sorted by start, then therapist id. */
export function findOpenSlotsForAll(schedules: TherapistSchedule[], visit: VisitRules, query: SlotQuery): OpenSlot[] {
  assertVisitRules(visit);
  const bounds = queryBounds(visit, query);
  const timelines = timelinesFor(bounds);
  let lists = [...schedules]
    .sort((a, b) => (a.therapistId < b.therapistId ? -1 : a.therapistId > b.therapistId ? 1 : 0))
    .map((schedule) => openSlots(schedule, visit, query, bounds, timelines));
  // Each list is sorted by start already: merge neighbours pairwise, the left (lower id) first on ties.
  while (lists.length > 1) {
    const pairs: OpenSlot[][] = [];
    for (let i = 0; i < lists.length; i += 2) pairs.push(mergeByStart(lists[i] ?? [], lists[i + 1] ?? []));
    lists = pairs;
  }
  return lists[0] ?? [];
}

function mergeByStart(left: OpenSlot[], right: OpenSlot[]): OpenSlot[] {
  const merged: OpenSlot[] = [];
  let l = 0;
  let r = 0;
  for (;;) {
    const a = left[l];
    const b = right[r];
    if (a && (!b || a.start <= b.start)) {
      merged.push(a);
      l += 1;
    } else if (b) {
      merged.push(b);
      r += 1;
    } else return merged;
  }
}

/**
 * Why one specific start cannot be booked, checked in this order: notice, horizon, availability
 * (hours, overrides and time off, on the slot-step grid, ignoring appointments), then appointments.
 * A start is bookable exactly when findOpenSlots would offer it. Without a clinic, an IN_CLINIC
 * slot open at several clinics comes back at the first by id.
 */
export function explainSlot(
  schedule: TherapistSchedule,
  visit: VisitRules,
  start: number,
  now: number,
  clinicId?: string | null,
): { ok: true; slot: OpenSlot } | { ok: false; reason: SlotRejection } {
  assertVisitRules(visit);
  if (start < now + visit.minNoticeMinutes * MINUTE_MS) return { ok: false, reason: 'INSUFFICIENT_NOTICE' };
  if (start > now + visit.horizonDays * DAY_MS) return { ok: false, reason: 'BEYOND_HORIZON' };

  const bounds = { earliest: start, latest: start };
  const blocks = { timeOff: mergeIntervals(schedule.timeOff), busy: null };
  const [slot] = collectSlots(schedule, visit, clinicId ?? null, bounds, timelinesFor(bounds), blocks);
  if (!slot) return { ok: false, reason: 'OUTSIDE_AVAILABILITY' };

  const busy = mergeIntervals(schedule.busy);
  const blockStart = slot.start - visit.bufferBeforeMinutes * MINUTE_MS;
  const blockEnd = slot.end + visit.bufferAfterMinutes * MINUTE_MS;
  if (overlapsAny(busy, blockStart, blockEnd)) return { ok: false, reason: 'SLOT_TAKEN' };
  return { ok: true, slot };
}
