// The starts of a weekly series ("Tue and Thu 10:00 for 6 weeks") in the therapist's zone.
import { addDays, isoWeekday, wallTimeToInstant } from '../scheduling/zoned-time';

export interface SeriesPattern {
  startDate: string;
  weekdays: number[];
  time: string;
  weeks: number;
  timezone: string;
}

/** Each occurrence's local date and instant (null when the local time does not exist that day). */
export function seriesOccurrences(p: SeriesPattern): { date: string; start: number | null }[] {
  const [h, m] = p.time.split(':').map(Number) as [number, number];
  const out: { date: string; start: number | null }[] = [];
  for (let day = 0; day < p.weeks * 7; day++) {
    const date = addDays(p.startDate, day);
    if (p.weekdays.includes(isoWeekday(date))) out.push({ date, start: wallTimeToInstant(date, h * 60 + m, p.timezone) });
  }
  return out;
}
