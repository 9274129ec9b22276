// The days a therapist's calendar shows and which appointments fall on each, in the therapist's
// own zone. Pure: dates are 'YYYY-MM-DD' local dates, instants epoch ms.
import { addDays, isoWeekday, localDateOf, wallTimeToInstantLenient } from './zoned-time';
import { isRealDate } from '../calendar-date';

export type CalendarView = 'day' | 'week';

export interface CalendarWindow {
  view: CalendarView;
  /** The local dates shown, in order (one for a day, Monday to Sunday for a week). */
  days: string[];
  /** [from, to) instants covering those local days (a DST day is 23 or 25 hours long). */
  from: number;
  to: number;
  /** The date the previous / next link opens. */
  previous: string;
  next: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The calendars page through years: a date must leave a week either side within four-digit years,
 * or the window's arithmetic (addDays past 9999-12-31 is '+010000-…') throws and the page is a 500.
 */
const FIRST_PAGED_DATE = '1900-01-01';
const LAST_PAGED_DATE = '2999-12-31';

/** A real calendar date the calendars can page around, or null ('2026-02-30' is not one, nor 9999-12-31). */
export function parseLocalDate(value: unknown): string | null {
  return typeof value === 'string' &&
    DATE.test(value) &&
    isRealDate(value) &&
    value >= FIRST_PAGED_DATE &&
    value <= LAST_PAGED_DATE
    ? value
    : null;
}

export function calendarWindow(view: CalendarView, date: string, timeZone: string): CalendarWindow {
  const first = view === 'day' ? date : addDays(date, 1 - isoWeekday(date));
  const length = view === 'day' ? 1 : 7;
  const days = Array.from({ length }, (_, i) => addDays(first, i));
  return {
    view,
    days,
    from: wallTimeToInstantLenient(first, 0, timeZone),
    to: wallTimeToInstantLenient(addDays(first, length), 0, timeZone),
    previous: addDays(date, -length),
    next: addDays(date, length),
  };
}

/** Each shown day with its appointments (by their start's local date in `timeZone`), in time order. */
export function groupByLocalDay<T extends { startsAt: Date }>(
  appointments: readonly T[],
  days: readonly string[],
  timeZone: string,
): { date: string; appointments: T[] }[] {
  const byDay = new Map(days.map((date) => [date, [] as T[]]));
  const sorted = [...appointments].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  for (const appointment of sorted) byDay.get(localDateOf(appointment.startsAt.getTime(), timeZone))?.push(appointment);
  return days.map((date) => ({ date, appointments: byDay.get(date) ?? [] }));
}
