// Builders for the slot unit tests (no I/O). A rule is Monday 09:00–17:00 New York, VIRTUAL,
// unless told otherwise; starts come back as ISO strings so expectations can be written by hand.
import { findOpenSlots, type DateOverride, type TherapistSchedule, type VisitRules, type WeeklyRule } from './find-open-slots';
import { localDateOf } from './zoned-time';

export const NEW_YORK = 'America/New_York';
export const LONDON = 'Europe/London';
export const SYDNEY = 'Australia/Sydney';
export const EVERY_DAY = [1, 2, 3, 4, 5, 6, 7];

export const at = (iso: string) => Date.parse(iso);
export const iso = (instant: number) => new Date(instant).toISOString();
export const hm = (hours: number, minutes = 0) => hours * 60 + minutes;

export function rule(fields: Partial<WeeklyRule> = {}): WeeklyRule {
  return {
    weekday: 1,
    startMinute: hm(9),
    endMinute: hm(17),
    timezone: NEW_YORK,
    modality: 'VIRTUAL',
    clinicId: null,
    validFrom: '2026-01-01',
    validUntil: null,
    ...fields,
  };
}

export const rulesOn = (weekdays: number[], fields: Partial<WeeklyRule> = {}) =>
  weekdays.map((weekday) => rule({ ...fields, weekday }));

export function override(fields: Partial<DateOverride> & { date: string }): DateOverride {
  return { startMinute: null, endMinute: null, timezone: NEW_YORK, modality: 'VIRTUAL', clinicId: null, ...fields };
}

export function therapist(fields: Partial<TherapistSchedule> = {}): TherapistSchedule {
  return { therapistId: 'therapist-1', rules: [], overrides: [], timeOff: [], busy: [], ...fields };
}

export function visitRules(fields: Partial<VisitRules> = {}): VisitRules {
  return {
    durationMinutes: 60,
    bufferBeforeMinutes: 0,
    bufferAfterMinutes: 0,
    minNoticeMinutes: 0,
    horizonDays: 365,
    slotStepMinutes: 60,
    modality: 'VIRTUAL',
    ...fields,
  };
}

export const block = (start: string, end: string) => ({ start: at(start), end: at(end) });

/** Starts as ISO strings, for a window of UTC instants; `now` well before unless given. */
export function startsOf(
  schedule: TherapistSchedule,
  visit: VisitRules,
  from: string,
  to: string,
  now = '2026-01-01T00:00:00.000Z',
): string[] {
  return findOpenSlots(schedule, visit, { from: at(from), to: at(to), now: at(now) }).map((slot) => iso(slot.start));
}

/** First and last start of each local date, as 'date first..last'. */
export function dayBounds(slots: string[], zone: string): string[] {
  const days = new Map<string, string[]>();
  for (const start of slots) {
    const date = localDateOf(at(start), zone);
    days.set(date, [...(days.get(date) ?? []), start]);
  }
  return [...days].map(([date, starts]) => `${date} ${starts[0]}..${starts[starts.length - 1]}`);
}
