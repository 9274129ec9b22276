// Half-open intervals [start, end) of epoch ms: merged once, then probed by binary search.
import type { Interval } from './slot-types';

/** Sorted, disjoint, non-empty intervals covering exactly the same instants. */
export function mergeIntervals(intervals: readonly Interval[]): Interval[] {
  const sorted = intervals.filter((i) => i.start < i.end).sort((a, b) => a.start - b.start);
  const merged: Interval[] = [];
  for (const interval of sorted) {
    const last = merged[merged.length - 1];
    // Touching intervals merge too: [a, b) and [b, c) block exactly what [a, c) blocks.
    if (last && interval.start <= last.end) last.end = Math.max(last.end, interval.end);
    else merged.push({ start: interval.start, end: interval.end });
  }
  return merged;
}

/** Whether [start, end) overlaps any of `merged` (the output of mergeIntervals). Touching is fine. */
export function overlapsAny(merged: readonly Interval[], start: number, end: number): boolean {
  // Disjoint and sorted, so ends ascend too: find the first interval ending after `start`.
  let low = 0;
  let high = merged.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((merged[middle]?.end ?? Infinity) <= start) low = middle + 1;
    else high = middle;
  }
  const candidate = merged[low];
  return candidate !== undefined && candidate.start < end && start < end;
}
