// When a plan reminder goes out (decision 030): the patient's chosen wall-clock time in their own
// zone, every local day, through the one Intl zone stack (lib/scheduling/zoned-time.ts, decision
// 023). Pure: the job and the settings form pass in `after`.
//
// DST, once a day whatever the clocks do:
// - A time skipped by spring forward (02:30 in New York on the second Sunday of March) goes out
//   once, at the instant the clocks jump (03:00 local), i.e. shifted by the gap.
// - A time repeated by fall back (01:30 in New York on the first Sunday of November) goes out once,
//   at its first occurrence; the second 01:30 is the same local date, which is already sent.
import type { TimeOfDayValue } from '../plans/schemas';
import { addDays, localDateOf, wallTimeToInstantLenient } from '../scheduling/zoned-time';

/** What the form offers before the patient chooses (minutes after local midnight). */
export const DEFAULT_REMINDER_MINUTES: Record<TimeOfDayValue, number> = {
  MORNING: 8 * 60,
  MIDDAY: 12 * 60 + 30,
  EVENING: 18 * 60 + 30,
  BEFORE_BED: 21 * 60 + 30,
};

export interface NextReminder {
  /** The patient's local date the reminder belongs to ('YYYY-MM-DD'). */
  localDate: string;
  at: Date;
}

/** The first reminder strictly after `after`: today's if it is still ahead, else tomorrow's. */
export function nextReminderAt(minuteOfDay: number, timeZone: string, after: Date): NextReminder {
  if (!Number.isInteger(minuteOfDay) || minuteOfDay < 0 || minuteOfDay >= 1440) {
    throw new RangeError(`Not a minute of the day: ${minuteOfDay}`);
  }
  const today = localDateOf(after.getTime(), timeZone);
  for (let day = 0; day <= 2; day++) {
    const localDate = addDays(today, day);
    const at = wallTimeToInstantLenient(localDate, minuteOfDay, timeZone);
    if (at > after.getTime()) return { localDate, at: new Date(at) };
  }
  // Unreachable: the day after tomorrow's time is always ahead.
  throw new Error(`No reminder time ahead of ${after.toISOString()} in ${timeZone}`);
}

const CLOCK = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** 'HH:MM' (24-hour) → minutes after midnight, or null. */
export function minuteOfClock(clock: string): number | null {
  const m = CLOCK.exec(clock);
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

export function clockOfMinute(minuteOfDay: number): string {
  return `${String(Math.floor(minuteOfDay / 60)).padStart(2, '0')}:${String(minuteOfDay % 60).padStart(2, '0')}`;
}

export const CLOCK_PATTERN = CLOCK;
