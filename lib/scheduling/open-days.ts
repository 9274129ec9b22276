// Open starts counted per local date: what a month calendar needs to mark the days with times.
// Pure: the zone's offsets come from a timeline built once, so thousands of starts cost arithmetic.
import { zoneTimeline } from './zone-timeline';
import { DAY_MS, dateOfWallDay } from './zoned-time';

export interface OpenDay {
  date: string;
  count: number;
}

/** Distinct starts per calendar date in `timeZone`, in date order (starts sorted ascending). */
export function openDays(starts: readonly number[], timeZone: string): OpenDay[] {
  if (starts.length === 0) return [];
  const { offsetAt } = zoneTimeline(timeZone, starts[0]!, starts[starts.length - 1]!);
  const days: OpenDay[] = [];
  let previous: number | null = null;
  for (const start of starts) {
    if (start === previous) continue; // "first available": several therapists share a start
    previous = start;
    const wall = start + offsetAt(start);
    const date = dateOfWallDay(wall - (((wall % DAY_MS) + DAY_MS) % DAY_MS));
    const last = days[days.length - 1];
    if (last?.date === date) last.count += 1;
    else days.push({ date, count: 1 });
  }
  return days;
}
