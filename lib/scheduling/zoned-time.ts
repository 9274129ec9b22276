// Wall clock ↔ instant in an IANA zone, using only Intl, so the process TZ never matters.
// Instants are epoch milliseconds (UTC); dates are 'YYYY-MM-DD'; times are minutes after midnight.

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

/** The zone's offset (local minus UTC, ms) at an instant. */
export type OffsetAt = (instant: number) => number;

// Building a DateTimeFormat costs far more than using one, so keep one per zone for the process.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

// format() and a pattern is about twice as fast as formatToParts; the parts are the fallback for
// anything the pattern does not expect (years before 1000, a future ICU spelling).
const EN_US_PATTERN = /^(\d{2})\/(\d{2})\/(\d{4}), (\d{2}):(\d{2}):(\d{2})$/;

/** The zone's wall clock at the instant, read as if it were UTC (whole seconds). */
function wallClockAsUtc(instant: number, timeZone: string): number {
  const formatter = formatterFor(timeZone);
  const match = EN_US_PATTERN.exec(formatter.format(instant));
  if (match) {
    return Date.UTC(
      Number(match[3]),
      Number(match[1]) - 1,
      Number(match[2]),
      Number(match[4]),
      Number(match[5]),
      Number(match[6]),
    );
  }
  const parts = formatter.formatToParts(instant);
  const field = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  const wall = new Date(0);
  wall.setUTCFullYear(field('year'), field('month') - 1, field('day'));
  wall.setUTCHours(field('hour'), field('minute'), field('second'));
  return wall.getTime();
}

/** Local minus UTC in ms, e.g. -4 h for New York in summer. */
export function zoneOffsetMs(instant: number, timeZone: string): number {
  // Intl shows whole seconds, so compare against the instant truncated to its second.
  return wallClockAsUtc(instant, timeZone) - Math.floor(instant / 1000) * 1000;
}

/** The calendar date the clock in that zone shows at the instant. */
export function localDateOf(instant: number, timeZone: string): string {
  return dateOfWallDay(wallClockAsUtc(instant, timeZone));
}

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The date's midnight read as if it were UTC: a zone-free number line for dates, on which
 * `wallDay + minuteOfDay * MINUTE_MS` is a wall time "as if UTC".
 */
export function wallDayOf(date: string): number {
  const match = DATE_PATTERN.exec(date);
  if (!match) throw new RangeError(`Not a YYYY-MM-DD date: ${date}`);
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}

/** The 'YYYY-MM-DD' of a wallDayOf value. */
export function dateOfWallDay(wallDay: number): string {
  return new Date(wallDay).toISOString().slice(0, 10);
}

export function addDays(date: string, n: number): string {
  return dateOfWallDay(wallDayOf(date) + n * DAY_MS);
}

/** 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  return isoWeekdayOfWallDay(wallDayOf(date));
}

export function isoWeekdayOfWallDay(wallDay: number): number {
  const day = new Date(wallDay).getUTCDay();
  return day === 0 ? 7 : day;
}

/**
 * The first instant whose wall clock reads `wall` (a wall time as if UTC), or null in a gap.
 * Offsets a day either side bracket any transition close enough to matter; a candidate is right
 * exactly when the zone's offset at it is the offset it was computed with.
 */
export function instantOfWall(offsetAt: OffsetAt, wall: number): number | null {
  const before = offsetAt(wall - DAY_MS);
  const at = offsetAt(wall);
  const after = offsetAt(wall + DAY_MS);
  let earliest: number | null = null;
  for (const offset of [before, at, after]) {
    const instant = wall - offset;
    if ((earliest === null || instant < earliest) && offsetAt(instant) === offset) earliest = instant;
  }
  return earliest;
}

/** instantOfWall, except that a time in a gap gives the instant the clock jumps (the gap's end). */
export function instantOfWallLenient(offsetAt: OffsetAt, wall: number): number {
  const exact = instantOfWall(offsetAt, wall);
  if (exact !== null) return exact;
  // The wall time is skipped: find the first second whose wall clock reads at or past it.
  const offsets = [offsetAt(wall - DAY_MS), offsetAt(wall), offsetAt(wall + DAY_MS)];
  let before = Math.floor((wall - Math.max(...offsets)) / 1000) * 1000;
  let after = Math.ceil((wall - Math.min(...offsets)) / 1000) * 1000;
  while (after - before > 1000) {
    const middle = before + Math.floor((after - before) / 2000) * 1000;
    if (middle + offsetAt(middle) >= wall) after = middle;
    else before = middle;
  }
  return after;
}

/** Intl lookups repeat within one conversion (the same offset probed twice); ask once each. */
function intlOffsets(timeZone: string): OffsetAt {
  const seen = new Map<number, number>();
  return (instant) => {
    let offset = seen.get(instant);
    if (offset === undefined) {
      offset = zoneOffsetMs(instant, timeZone);
      seen.set(instant, offset);
    }
    return offset;
  };
}

/**
 * The instant the clock in `timeZone` shows `minuteOfDay` on `date`. A time skipped by a
 * spring-forward gap gives null; a time repeated by a fall-back gives its first occurrence.
 */
export function wallTimeToInstant(date: string, minuteOfDay: number, timeZone: string): number | null {
  return instantOfWall(intlOffsets(timeZone), wallDayOf(date) + minuteOfDay * MINUTE_MS);
}

/**
 * Like wallTimeToInstant, but a skipped time maps to the instant the clock jumps to (02:30 on a
 * spring-forward day → the 03:00 instant). For the ends of ranges; minuteOfDay may be 1440.
 */
export function wallTimeToInstantLenient(date: string, minuteOfDay: number, timeZone: string): number {
  return instantOfWallLenient(intlOffsets(timeZone), wallDayOf(date) + minuteOfDay * MINUTE_MS);
}
