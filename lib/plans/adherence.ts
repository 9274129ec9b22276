// Adherence: sessions done against sessions prescribed, day by day, each day read against the
// plan version that governed it. Pure: no clock, no database; dates are the patient's local dates.
//
// The rules:
// - A day's version is the newest one whose `effectiveFrom` is on or before it (version 1 from its
//   start, a revision from the day it was written). An exercise is prescribed on a day when that
//   version lists it and the day is within the version's start and end.
// - An exercise done D days a week, T times a day, prescribes D/7 × T sessions for each day it is
//   on the plan. Over a bucket (an ISO week, or a rolling window) that is rounded to whole sessions,
//   and at least one when the exercise was on the plan at all that bucket. So a full week of
//   "3 days a week, twice a day" prescribes 6, and a plan that starts on a Thursday prescribes
//   round(4 × 3/7 × 2) = 3 of it in its first week.
// - A day's logs count up to T sessions (a third set of logs on a twice-a-day exercise is extra);
//   a bucket's done sessions count up to what it prescribed (five days of a three-day exercise is 3 of 3).

import { addDays, datesFrom, weekStart } from './calendar';

export interface PrescribedItem {
  exerciseId: string;
  timesPerDay: number;
  daysPerWeek: number;
}

export interface VersionRx {
  version: number;
  effectiveFrom: string;
  startsOn: string;
  endsOn: string | null;
  items: PrescribedItem[];
}

/** How many sessions of one exercise the patient logged on one day. */
export interface DaySessions {
  date: string;
  exerciseId: string;
  sessions: number;
}

export interface Adherence {
  prescribed: number;
  done: number;
  ratio: number | null;
}

/** The version governing a day, or null before the plan's first version takes effect. */
export function versionOn(versions: readonly VersionRx[], date: string): VersionRx | null {
  let governing: VersionRx | null = null;
  for (const v of versions) {
    if (v.effectiveFrom <= date && (!governing || v.version > governing.version)) governing = v;
  }
  return governing;
}

/** The items prescribed on a day (none outside the governing version's dates). */
export function itemsOn(versions: readonly VersionRx[], date: string): PrescribedItem[] {
  const v = versionOn(versions, date);
  if (!v || date < v.startsOn || (v.endsOn !== null && date > v.endsOn)) return [];
  return v.items;
}

const key = (date: string, exerciseId: string) => `${date}|${exerciseId}`;

function sessionIndex(sessions: readonly DaySessions[]): Map<string, number> {
  const index = new Map<string, number>();
  for (const s of sessions) index.set(key(s.date, s.exerciseId), (index.get(key(s.date, s.exerciseId)) ?? 0) + s.sessions);
  return index;
}

interface Tally {
  expected: number;
  done: number;
}

function expectedSessions(exact: number): number {
  return exact > 0 ? Math.max(1, Math.round(exact)) : 0;
}

/**
 * Per bucket and exercise: sessions prescribed over the days given, and done (only on days up to
 * `doneUntil`, when given: the rest of a week is still ahead).
 */
function tally(
  versions: readonly VersionRx[],
  logged: Map<string, number>,
  days: readonly string[],
  bucketOf: (date: string) => string,
  doneUntil?: string,
): Map<string, Map<string, { prescribed: number; done: number }>> {
  const raw = new Map<string, Map<string, Tally>>();
  for (const date of days) {
    const bucket = bucketOf(date);
    let perExercise = raw.get(bucket);
    if (!perExercise) raw.set(bucket, (perExercise = new Map<string, Tally>()));
    for (const item of itemsOn(versions, date)) {
      const t = perExercise.get(item.exerciseId) ?? { expected: 0, done: 0 };
      t.expected += (item.daysPerWeek / 7) * item.timesPerDay;
      if (doneUntil === undefined || date <= doneUntil) {
        t.done += Math.min(logged.get(key(date, item.exerciseId)) ?? 0, item.timesPerDay);
      }
      perExercise.set(item.exerciseId, t);
    }
  }
  return new Map(
    [...raw].map(([bucket, perExercise]) => [
      bucket,
      new Map(
        [...perExercise].map(([id, t]) => {
          const prescribed = expectedSessions(t.expected);
          return [id, { prescribed, done: Math.min(t.done, prescribed) }];
        }),
      ),
    ]),
  );
}

/** Done and prescribed per bucket over the given days. */
export function adherenceByBucket(
  versions: readonly VersionRx[],
  sessions: readonly DaySessions[],
  days: readonly string[],
  bucketOf: (date: string) => string,
): Map<string, Adherence> {
  const out = new Map<string, Adherence>();
  for (const [bucket, perExercise] of tally(versions, sessionIndex(sessions), days, bucketOf)) {
    let prescribed = 0;
    let done = 0;
    for (const t of perExercise.values()) {
      prescribed += t.prescribed;
      done += t.done;
    }
    out.set(bucket, { prescribed, done, ratio: prescribed > 0 ? done / prescribed : null });
  }
  return out;
}

/** Done vs prescribed over one stretch of days (e.g. the 7 days ending yesterday). */
export function adherenceBetween(
  versions: readonly VersionRx[],
  sessions: readonly DaySessions[],
  from: string,
  to: string,
): Adherence {
  return (
    adherenceByBucket(versions, sessions, datesFrom(from, to), () => 'all').get('all') ?? { prescribed: 0, done: 0, ratio: null }
  );
}

export interface WeekAdherence extends Adherence {
  weekStart: string;
}

/**
 * One row per ISO week (Monday first) from the week of `from` to the week of `to`, counting only
 * days from `from` to `to` (so the current week counts up to today).
 */
export function weeklyAdherence(
  versions: readonly VersionRx[],
  sessions: readonly DaySessions[],
  from: string,
  to: string,
): WeekAdherence[] {
  const byWeek = adherenceByBucket(versions, sessions, datesFrom(from, to), weekStart);
  const out: WeekAdherence[] = [];
  for (let w = weekStart(from); w <= to; w = addDays(w, 7)) {
    out.push({ weekStart: w, ...(byWeek.get(w) ?? { prescribed: 0, done: 0, ratio: null }) });
  }
  return out;
}

export interface ChecklistEntry {
  exerciseId: string;
  timesPerDay: number;
  daysPerWeek: number;
  doneToday: number;
  /** Sessions this ISO week: done so far, and prescribed for the whole week. */
  weekDone: number;
  weekPrescribed: number;
  /** done: today's sessions are all logged; week-done: a not-every-day exercise has met this week's count. */
  state: 'todo' | 'done' | 'week-done';
}

/** Today's exercises, in plan order, with what is left of them today and this week. */
export function todaysChecklist(
  versions: readonly VersionRx[],
  sessions: readonly DaySessions[],
  today: string,
): ChecklistEntry[] {
  const logged = sessionIndex(sessions);
  const monday = weekStart(today);
  const week = datesFrom(monday, addDays(monday, 6));
  const weekTotals =
    tally(versions, logged, week, () => 'week', today).get('week') ?? new Map<string, { prescribed: number; done: number }>();
  return itemsOn(versions, today).map((item) => {
    const doneToday = logged.get(key(today, item.exerciseId)) ?? 0;
    const totals = weekTotals.get(item.exerciseId) ?? { prescribed: 0, done: 0 };
    const state =
      doneToday >= item.timesPerDay ? 'done' : item.daysPerWeek < 7 && totals.done >= totals.prescribed ? 'week-done' : 'todo';
    return {
      exerciseId: item.exerciseId,
      timesPerDay: item.timesPerDay,
      daysPerWeek: item.daysPerWeek,
      doneToday,
      weekDone: totals.done,
      weekPrescribed: totals.prescribed,
      state,
    };
  });
}

/**
 * Days in a row with at least one exercise logged, ending today, or ending yesterday while
 * today has nothing logged yet (the streak is not lost until the day is over).
 */
export function currentStreak(loggedDates: Iterable<string>, today: string): number {
  const days = new Set(loggedDates);
  let day = days.has(today) ? today : addDays(today, -1);
  let streak = 0;
  while (days.has(day)) {
    streak++;
    day = addDays(day, -1);
  }
  return streak;
}
