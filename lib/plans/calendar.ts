// Local calendar dates ('YYYY-MM-DD') for plans: a patient's day is the date their own clock
// shows, and Postgres `date` columns come back as UTC midnights. Adherence walks through dates a
// lot (a year of days, several times per dashboard), so these work on whole day numbers and
// remember the strings they have formatted instead of going through Date objects each time.
import { localDateOf } from '../scheduling/zoned-time';

const DAY_MS = 86_400_000;
const formatted = new Map<number, string>();

/** Days since 1970-01-01 for 'YYYY-MM-DD'. */
export function dayNumber(date: string): number {
  const n = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS;
  if (date.length !== 10 || !Number.isInteger(n)) throw new RangeError(`Not a YYYY-MM-DD date: ${date}`);
  return n;
}

/** 'YYYY-MM-DD' for a day number. */
export function dateOfDay(n: number): string {
  let s = formatted.get(n);
  if (s === undefined) {
    s = new Date(n * DAY_MS).toISOString().slice(0, 10);
    if (formatted.size > 50_000) formatted.clear(); // dates in use are a few thousand; never grow unbounded
    formatted.set(n, s);
  }
  return s;
}

export function addDays(date: string, n: number): string {
  return dateOfDay(dayNumber(date) + n);
}

/** 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  return ((((dayNumber(date) + 3) % 7) + 7) % 7) + 1; // 1970-01-01 was a Thursday
}

/** A `date` column's value as 'YYYY-MM-DD'. */
export function dateOnly(d: Date): string {
  return dateOfDay(Math.floor(d.getTime() / DAY_MS));
}

/** 'YYYY-MM-DD' as the Date Prisma writes into a `date` column. */
export function dbDate(date: string): Date {
  return new Date(dayNumber(date) * DAY_MS);
}

/** Today in the patient's zone. */
export function todayIn(timeZone: string, now: Date): string {
  return localDateOf(now.getTime(), timeZone);
}

/** Whole days from a to b (b − a). */
export function daysBetween(a: string, b: string): number {
  return dayNumber(b) - dayNumber(a);
}

/** The Monday of the ISO week the date is in. */
export function weekStart(date: string): string {
  const n = dayNumber(date);
  return dateOfDay(n - ((((n + 3) % 7) + 7) % 7));
}

/** Every date from `from` to `to`, both included (empty when to < from). */
export function datesFrom(from: string, to: string): string[] {
  const out: string[] = [];
  for (let n = dayNumber(from), end = dayNumber(to); n <= end; n++) out.push(dateOfDay(n));
  return out;
}

const SPOKEN = new Intl.DateTimeFormat('en-US', {
  weekday: 'long',
  month: 'long',
  day: 'numeric',
  year: 'numeric',
  timeZone: 'UTC',
});

/** A local date as people write it, for text stored with a record: 2026-11-20 → "Friday, November 20, 2026". */
export function spokenDate(date: string): string {
  return SPOKEN.format(dbDate(date));
}
