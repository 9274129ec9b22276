// A therapist's hours as they would be after one change, before anything is saved. Pure.
import type { OverrideRangeInput, WeeklyRuleInput } from './availability-schemas';
import type { Availability } from './find-orphaned-visits';

export type AvailabilityChange =
  | { kind: 'rules'; rules: WeeklyRuleInput[] }
  | { kind: 'override'; date: string; ranges: OverrideRangeInput[] }
  | { kind: 'timeOff'; startsAt: Date; endsAt: Date }
  /** Back to the weekly hours on that date. */
  | { kind: 'clearOverride'; date: string };

/** New rules and overrides are written in the therapist's current zone, as saving them would. */
export function applyAvailabilityChange(
  current: Availability,
  change: AvailabilityChange | null,
  timeZone: string,
): Availability {
  if (!change) return current;
  switch (change.kind) {
    case 'rules':
      return { ...current, rules: change.rules.map((r) => ({ ...r, timezone: timeZone })) };
    case 'override': {
      const others = current.overrides.filter((o) => o.date !== change.date);
      const replacing = change.ranges.length
        ? change.ranges.map((r) => ({ date: change.date, timezone: timeZone, ...r }))
        : [{ date: change.date, timezone: timeZone, startMinute: null, endMinute: null, modality: null, clinicId: null }];
      return { ...current, overrides: [...others, ...replacing] };
    }
    case 'clearOverride':
      return { ...current, overrides: current.overrides.filter((o) => o.date !== change.date) };
    case 'timeOff':
      return { ...current, timeOff: [...current.timeOff, { start: change.startsAt.getTime(), end: change.endsAt.getTime() }] };
  }
}
