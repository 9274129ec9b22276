// Report days are plain local dates ("2026-09-07"), already in each clinic's zone: format them as
// calendar dates (UTC here only so the formatter does not move the day).

const formatter = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat('en-US', { ...options, timeZone: 'UTC' });
const asDate = (day: string) => new Date(`${day}T00:00:00Z`);

/** "Sep 7, 2026" (or "Sep 7" for a chart axis). */
export function dayText(day: string, withYear = true): string {
  return formatter({ month: 'short', day: 'numeric', ...(withYear ? { year: 'numeric' } : {}) }).format(asDate(day));
}

/** "September 4 – November 26, 2026". */
export function rangeText(from: string, to: string): string {
  return formatter({ month: 'long', day: 'numeric', year: 'numeric' }).formatRange(asDate(from), asDate(to));
}
