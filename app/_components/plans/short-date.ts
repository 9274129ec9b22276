// Calendar dates ('YYYY-MM-DD') as people read them. No zone involved: a date is a date (the
// formatter runs in UTC only so that it cannot move the day).
const asDate = (date: string) => new Date(`${date}T00:00:00Z`);
const DAY: Intl.DateTimeFormatOptions = { month: 'short', day: 'numeric', year: 'numeric' };

/** "Sep 7, 2026" by default; other fields with `options` (e.g. "Monday, November 23, 2026"). */
export function formatDay(date: string, options: Intl.DateTimeFormatOptions = DAY): string {
  return new Intl.DateTimeFormat('en-US', { ...options, timeZone: 'UTC' }).format(asDate(date));
}

/** "September 4 – November 26, 2026", or "November 23 – 29, 2026" within one month. */
export function formatDayRange(from: string, to: string): string {
  return new Intl.DateTimeFormat('en-US', { month: 'long', day: 'numeric', year: 'numeric', timeZone: 'UTC' }).formatRange(
    asDate(from),
    asDate(to),
  );
}

/** "Mar 2" from '2026-03-02'. */
export function shortDate(date: string): string {
  return formatDay(date, { month: 'short', day: 'numeric' });
}
