// The layout maths of the time-grid calendar, in one local day of an IANA zone. Pure: instants are
// epoch ms, positions are minutes of ELAPSED time since the day's local midnight, so a
// spring-forward day is 1380 minutes tall and a fall-back day 1500 (the repeated hour is drawn
// twice, as it is lived), and a block's height is always its real duration.
import { HOUR_MS, MINUTE_MS, addDays, wallTimeToInstantLenient, zoneOffsetMs } from './zoned-time';

export interface GridDay {
  date: string;
  /** The instants of this local midnight and the next one. */
  start: number;
  end: number;
  /** end − start in minutes: 1440, or 1380 / 1500 on a DST day. */
  minutes: number;
}

export interface HourMark {
  /** Elapsed minutes since the day's start. */
  offset: number;
  /** The wall clock at that instant, minutes after midnight (1:00 twice on a fall-back day). */
  wallMinute: number;
}

export interface Span {
  top: number;
  height: number;
}

export interface PlacedBlock<T> extends Span {
  item: T;
  /** The buffers around the visit, drawn faintly: the whole blocked span. */
  blockTop: number;
  blockHeight: number;
  /** Side-by-side columns for visits that overlap: this one's column and how many share the row. */
  lane: number;
  lanes: number;
}

export interface Blockable {
  start: number;
  end: number;
  blockStart?: number;
  blockEnd?: number;
}

export function gridDay(date: string, timeZone: string): GridDay {
  const start = wallTimeToInstantLenient(date, 0, timeZone);
  const end = wallTimeToInstantLenient(addDays(date, 1), 0, timeZone);
  return { date, start, end, minutes: Math.round((end - start) / MINUTE_MS) };
}

/** The wall clock at an instant in that zone, minutes after midnight. */
export function wallMinuteOf(instant: number, timeZone: string): number {
  const wall = instant + zoneOffsetMs(instant, timeZone);
  return Math.floor((((wall % 86_400_000) + 86_400_000) % 86_400_000) / MINUTE_MS);
}

/** One mark per elapsed hour, labelled with what the clock then reads (2:00 is missing on a spring-forward day). */
export function hourMarks(day: GridDay, timeZone: string): HourMark[] {
  const marks: HourMark[] = [];
  for (let t = day.start; t < day.end; t += HOUR_MS) {
    marks.push({ offset: (t - day.start) / MINUTE_MS, wallMinute: wallMinuteOf(t, timeZone) });
  }
  return marks;
}

/** The part of [start, end) inside the day, as a span, or null when it misses the day. */
export function placeSpan(day: GridDay, start: number, end: number): Span | null {
  const from = Math.max(start, day.start);
  const to = Math.min(end, day.end);
  if (to <= from) return null;
  return { top: (from - day.start) / MINUTE_MS, height: (to - from) / MINUTE_MS };
}

/** The instant at an elapsed offset (minutes) into the day: the inverse of a span's top. */
export function instantAtOffset(day: GridDay, offset: number): number {
  return day.start + Math.round(offset) * MINUTE_MS;
}

/** The "now" line's offset, or null when now is not in this day. */
export function nowOffset(day: GridDay, now: number): number | null {
  return now >= day.start && now < day.end ? (now - day.start) / MINUTE_MS : null;
}

/**
 * Places visits in a day: each sized by its duration, its buffers as a faint span, and visits
 * that overlap (possible across therapists' columns merged, or a legacy double booking) side by
 * side. A cluster is a run of visits joined by overlaps; each gets the first free lane, and every
 * visit of a cluster shares the cluster's lane count, so widths line up.
 */
export function placeBlocks<T extends Blockable>(day: GridDay, items: readonly T[]): PlacedBlock<T>[] {
  const inDay = items
    .filter((item) => item.end > day.start && item.start < day.end)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const placed: PlacedBlock<T>[] = [];
  let cluster: PlacedBlock<T>[] = [];
  let laneEnds: number[] = [];
  let clusterEnd = -Infinity;
  const closeCluster = () => {
    for (const block of cluster) block.lanes = laneEnds.length;
    cluster = [];
    laneEnds = [];
  };
  for (const item of inDay) {
    if (item.start >= clusterEnd) closeCluster();
    let lane = laneEnds.findIndex((end) => end <= item.start);
    if (lane === -1) lane = laneEnds.push(item.end) - 1;
    else laneEnds[lane] = item.end;
    clusterEnd = cluster.length === 0 ? item.end : Math.max(clusterEnd, item.end);
    const span = placeSpan(day, item.start, item.end)!;
    const blocked = placeSpan(day, item.blockStart ?? item.start, item.blockEnd ?? item.end) ?? span;
    const block: PlacedBlock<T> = { item, ...span, blockTop: blocked.top, blockHeight: blocked.height, lane, lanes: 1 };
    cluster.push(block);
    placed.push(block);
  }
  closeCluster();
  return placed;
}

/**
 * The wall-clock hours a grid shows: 7:00–19:00, widened to whole hours to take in every given
 * span (visits, working hours) that falls on one of the days. The same wall range for every day
 * of a week keeps the working hours in line across columns.
 */
export function visibleWallRange(
  days: readonly GridDay[],
  spans: readonly { start: number; end: number }[],
  timeZone: string,
): { from: number; to: number } {
  let from = 7 * 60;
  let to = 19 * 60;
  for (const span of spans) {
    const day = days.find((d) => span.end > d.start && span.start < d.end);
    if (!day) continue;
    from = Math.min(from, span.start <= day.start ? 0 : wallMinuteOf(span.start, timeZone));
    to = Math.max(to, span.end >= day.end ? 1440 : wallMinuteOf(span.end - 1, timeZone) + 1);
  }
  return { from: Math.floor(from / 60) * 60, to: Math.min(1440, Math.ceil(to / 60) * 60) };
}

/**
 * A day column's window on a wall range, in elapsed minutes of that day. On a day whose clock
 * change falls inside the range the window is an hour shorter or longer; elsewhere every day's
 * window is the same length, so columns line up.
 */
export function columnWindow(
  day: GridDay,
  range: { from: number; to: number },
  timeZone: string,
): { top: number; bottom: number } {
  const at = (wallMinute: number) => (wallTimeToInstantLenient(day.date, wallMinute, timeZone) - day.start) / MINUTE_MS;
  return { top: at(range.from), bottom: range.to >= 1440 ? day.minutes : at(range.to) };
}
