// A zone's offsets over a window, found once with a few dozen Intl calls, so that converting
// thousands of wall times costs arithmetic only. Outside the window it asks Intl directly.
import { DAY_MS, zoneOffsetMs } from './zoned-time';

// Offsets are sampled this far apart and bisected where two samples differ. A change and its
// reversal inside one stride would be missed; no zone does that (DST seasons last months).
const SAMPLE_STRIDE_MS = 7 * DAY_MS;

export interface ZoneTimeline {
  readonly timeZone: string;
  readonly offsetAt: (instant: number) => number;
  /** True when the offset cannot change anywhere in [a, b]. */
  readonly isSteady: (a: number, b: number) => boolean;
}

// Windows are widened to whole blocks so that searches a few minutes apart share a timeline.
// Timelines never go stale (a zone's rules only change with the runtime's tz data), so the
// cache is a plain memo, kept small.
const BLOCK_MS = 30 * DAY_MS;
const CACHE_LIMIT = 64;
const cache = new Map<string, ZoneTimeline>();

/** A timeline of the zone's offsets covering at least [windowStart, windowEnd]. */
export function zoneTimeline(timeZone: string, windowStart: number, windowEnd: number): ZoneTimeline {
  const start = Math.floor(windowStart / BLOCK_MS) * BLOCK_MS;
  const end = Math.ceil(windowEnd / BLOCK_MS) * BLOCK_MS;
  const key = `${timeZone} ${start} ${end}`;
  let timeline = cache.get(key);
  if (!timeline) {
    timeline = buildTimeline(timeZone, start, end);
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value ?? key);
    cache.set(key, timeline);
  }
  return timeline;
}

function buildTimeline(timeZone: string, start: number, end: number): ZoneTimeline {
  const offsetOf = (instant: number) => zoneOffsetMs(instant, timeZone);

  // runStarts[i] is the first instant at which runOffsets[i] holds; it holds until runStarts[i + 1].
  const runStarts: number[] = [start];
  const runOffsets: number[] = [offsetOf(start)];
  let sampleAt = start;
  let sampleOffset = runOffsets[0] ?? 0;
  while (sampleAt < end) {
    const nextAt = Math.min(sampleAt + SAMPLE_STRIDE_MS, end);
    const nextOffset = offsetOf(nextAt);
    let from = sampleAt;
    let fromOffset = sampleOffset;
    while (fromOffset !== nextOffset) {
      // Invariant: offset at `before` is fromOffset, at `after` it is not. Narrow to one second.
      let before = from;
      let after = nextAt;
      while (after - before > 1000) {
        const middle = before + Math.floor((after - before) / 2000) * 1000;
        if (offsetOf(middle) === fromOffset) before = middle;
        else after = middle;
      }
      from = after;
      fromOffset = offsetOf(after);
      runStarts.push(from);
      runOffsets.push(fromOffset);
    }
    sampleAt = nextAt;
    sampleOffset = nextOffset;
  }

  const inWindow = (instant: number) => instant >= start && instant <= end;
  // Index of the last run starting at or before the instant (instant within the window).
  const runIndex = (instant: number): number => {
    let low = 0;
    let high = runStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((runStarts[middle] ?? Infinity) <= instant) low = middle;
      else high = middle - 1;
    }
    return low;
  };

  return {
    timeZone,
    offsetAt: (instant) => (inWindow(instant) ? (runOffsets[runIndex(instant)] ?? offsetOf(instant)) : offsetOf(instant)),
    isSteady: (a, b) => inWindow(a) && inWindow(b) && runIndex(a) === runIndex(b),
  };
}
