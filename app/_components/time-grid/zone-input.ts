// Wall-clock form values ('YYYY-MM-DD', 'HH:MM') in the calendar's zone ↔ instants.
import { localDateOf, wallTimeToInstant } from '@/lib/scheduling/zoned-time';
import { wallMinuteOf } from '@/lib/scheduling/calendar-grid';

export function instantOfInputs(date: string, time: string, zone: string): number | null {
  const match = /^(\d{2}):(\d{2})$/.exec(time);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !match) return null;
  return wallTimeToInstant(date, Number(match[1]) * 60 + Number(match[2]), zone);
}

export function inputsOfInstant(instant: number, zone: string): { date: string; time: string } {
  const minute = wallMinuteOf(instant, zone);
  const pad = (n: number) => String(n).padStart(2, '0');
  return { date: localDateOf(instant, zone), time: `${pad(Math.floor(minute / 60))}:${pad(minute % 60)}` };
}
