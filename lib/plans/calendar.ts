// Local calendar dates ('YYYY-MM-DD') for plans: a patient's day is the date their own clock
// shows, and Postgres `date` columns come back as UTC midnights.
import { DAY_MS, addDays, isoWeekday, localDateOf, wallDayOf } from '../scheduling/zoned-time';

export { addDays, isoWeekday };

/** A `date` column's value as 'YYYY-MM-DD'. */
export function dateOnly(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** 'YYYY-MM-DD' as the Date Prisma writes into a `date` column. */
export function dbDate(date: string): Date {
  return new Date(wallDayOf(date));
}

/** Today in the patient's zone. */
export function todayIn(timeZone: string, now: Date): string {
  return localDateOf(now.getTime(), timeZone);
}

/** Whole days from a to b (b − a). */
export function daysBetween(a: string, b: string): number {
  return Math.round((wallDayOf(b) - wallDayOf(a)) / DAY_MS);
}

/** The Monday of the ISO week the date is in. */
export function weekStart(date: string): string {
  return addDays(date, 1 - isoWeekday(date));
}

/** Every date from `from` to `to`, both included (empty when to < from). */
export function datesFrom(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}
