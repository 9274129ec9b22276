// How a visit's time reads in an email: in the reader's zone, with the zone named, and with
// plain spaces (ICU puts a narrow no-break space before "AM", which some mail clients mangle).

type Parts = Partial<Record<Intl.DateTimeFormatPartTypes, string>>;

function partsOf(instant: Date, timeZone: string, options: Intl.DateTimeFormatOptions): Parts {
  const parts: Parts = {};
  for (const p of new Intl.DateTimeFormat('en-US', { timeZone, ...options }).formatToParts(instant)) parts[p.type] = p.value;
  return parts;
}

/** "Tuesday, March 10, 2026, 9:00 AM EDT" */
export function formatVisitTime(instant: Date, timeZone: string): string {
  const p = partsOf(instant, timeZone, {
    weekday: 'long',
    month: 'long',
    day: 'numeric',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
  });
  return `${p.weekday}, ${p.month} ${p.day}, ${p.year}, ${p.hour}:${p.minute} ${p.dayPeriod} ${p.timeZoneName}`;
}

/** "Tue, Mar 10, 9:00 AM EDT": short enough for a subject line. */
export function formatVisitTimeShort(instant: Date, timeZone: string): string {
  const p = partsOf(instant, timeZone, {
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
  });
  return `${p.weekday}, ${p.month} ${p.day}, ${p.hour}:${p.minute} ${p.dayPeriod} ${p.timeZoneName}`;
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
