// A therapist's working hours as instants, for shading a calendar: the weekly rules (replaced on a
// date with an override) of both kinds, in clinic and by video. Pure.
import { availabilityRanges } from './availability-ranges';
import type { DateOverride, Modality, WeeklyRule } from './find-open-slots';
import { dateOfWallDay, wallTimeToInstantLenient } from './zoned-time';

export interface WorkingSpan {
  start: number;
  end: number;
  modality: Modality;
}

export function workingSpans(
  rules: readonly WeeklyRule[],
  overrides: readonly DateOverride[],
  from: number,
  to: number,
): WorkingSpan[] {
  const spans: WorkingSpan[] = [];
  for (const modality of ['IN_CLINIC', 'VIRTUAL'] as const) {
    for (const range of availabilityRanges(rules, overrides, { modality, clinicId: null, earliest: from, latest: to })) {
      const date = dateOfWallDay(range.wallDay);
      const start = wallTimeToInstantLenient(date, range.startMinute, range.timeZone);
      const end = wallTimeToInstantLenient(date, range.endMinute, range.timeZone);
      if (end > from && start < to) spans.push({ start, end, modality });
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** The local dates an override closes (no hours at all that day). */
export function closedDates(overrides: readonly DateOverride[]): string[] {
  return overrides.filter((o) => o.startMinute === null || o.endMinute === null).map((o) => o.date);
}
