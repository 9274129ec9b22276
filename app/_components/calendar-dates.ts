// Calendar dates ('YYYY-MM-DD') and months ('YYYY-MM') in the browser's zone, which is the
// viewer's zone: local Date arithmetic (new Date(y, m, d + 1)) is exact across clock changes.

/** YYYY-MM-DD of a moment in the browser's zone. */
export function dateKey(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Local midnight of a date key, or null when it is not a real date. */
export function parseDateKey(value: string | null | undefined): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value ?? '');
  if (!m) return null;
  const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return dateKey(d) === value ? d : null;
}

export function addDateDays(date: string, days: number): string {
  const d = parseDateKey(date)!;
  return dateKey(new Date(d.getFullYear(), d.getMonth(), d.getDate() + days));
}

export function monthOf(date: string): string {
  return date.slice(0, 7);
}

export function addMonths(month: string, months: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return dateKey(new Date(y, m - 1 + months, 1)).slice(0, 7);
}

/** The same day of the month in another month, or its last day when shorter (Jan 31 → Feb 28). */
export function sameDayInMonth(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const last = new Date(y, m - 1 + months + 1, 0).getDate();
  return dateKey(new Date(y, m - 1 + months, Math.min(d, last)));
}

/** The weeks of a month, Sunday first; days of the neighbouring months are null. */
export function monthWeeks(month: string): (string | null)[][] {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const first = new Date(y, m - 1, 1);
  const days = new Date(y, m, 0).getDate();
  const cells: (string | null)[] = Array.from({ length: first.getDay() }, () => null);
  for (let d = 1; d <= days; d++) cells.push(dateKey(new Date(y, m - 1, d)));
  while (cells.length % 7) cells.push(null);
  return Array.from({ length: cells.length / 7 }, (_, i) => cells.slice(i * 7, i * 7 + 7));
}

/** "Tuesday, December 8" */
export function formatDay(date: string): string {
  return new Intl.DateTimeFormat('en-US', { weekday: 'long', month: 'long', day: 'numeric' }).format(parseDateKey(date)!);
}

/** "December 2026" */
export function formatMonth(month: string): string {
  return new Intl.DateTimeFormat('en-US', { month: 'long', year: 'numeric' }).format(parseDateKey(`${month}-01`)!);
}
