// Times of day on plan items (issue 16 part 5): the today list groups exercises by when in the
// patient's day they are planned ("This morning", "Before bed"), and each planned time is ticked
// off by a log for that time. Pure: the dashboard loader passes in today's logs.
import { TIMES_OF_DAY, type TimeOfDayValue } from './schemas';

export const TIME_OF_DAY_HEADINGS: Record<TimeOfDayValue | 'ANY', string> = {
  MORNING: 'This morning',
  MIDDAY: 'Midday',
  EVENING: 'This evening',
  BEFORE_BED: 'Before bed',
  ANY: 'Any time today',
};

/** Day order, no repeats. */
export function sortTimesOfDay(times: readonly TimeOfDayValue[]): TimeOfDayValue[] {
  return TIMES_OF_DAY.filter((t) => times.includes(t));
}

export interface TimedItem {
  exerciseId: string;
  timesOfDay: TimeOfDayValue[];
}
export interface TimedLog {
  exerciseId: string;
  timeOfDay: TimeOfDayValue | null;
}
export interface TimeGroup<T> {
  time: TimeOfDayValue | 'ANY';
  heading: string;
  items: (T & { doneAtThisTime: boolean })[];
}

/**
 * Today's items in groups, day order, then "any time" for items with no time. An item planned
 * morning and before bed sits in both groups, each ticked by a log for that time. Empty groups are left out.
 */
export function groupByTimeOfDay<T extends TimedItem>(items: readonly T[], todaysLogs: readonly TimedLog[]): TimeGroup<T>[] {
  const done = new Set(todaysLogs.filter((l) => l.timeOfDay).map((l) => `${l.exerciseId}:${l.timeOfDay}`));
  const groups: TimeGroup<T>[] = [];
  for (const time of [...TIMES_OF_DAY, 'ANY'] as const) {
    const members = items.filter((i) => (time === 'ANY' ? i.timesOfDay.length === 0 : i.timesOfDay.includes(time)));
    if (members.length === 0) continue;
    groups.push({
      time,
      heading: TIME_OF_DAY_HEADINGS[time],
      items: members.map((i) => ({ ...i, doneAtThisTime: time !== 'ANY' && done.has(`${i.exerciseId}:${time}`) })),
    });
  }
  return groups;
}

/** A log may name a time of day only if the item is planned then (an untimed item takes none). */
export function timeOfDayAllowed(planned: readonly TimeOfDayValue[], logged: TimeOfDayValue | null): boolean {
  return logged === null || planned.includes(logged);
}
