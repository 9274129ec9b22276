import { describe, expect, it } from 'vitest';
import {
  adherenceBetween,
  currentStreak,
  todaysChecklist,
  versionOn,
  weeklyAdherence,
  type DaySessions,
  type VersionRx,
} from './adherence';
import { addDays } from './calendar';

// 2026-03-02 is a Monday.
const MON = '2026-03-02';
const d = (n: number) => addDays(MON, n);
const rx = (exerciseId: string, daysPerWeek = 7, timesPerDay = 1) => ({ exerciseId, daysPerWeek, timesPerDay });
const v = (
  version: number,
  effectiveFrom: string,
  items: VersionRx['items'],
  startsOn = MON,
  endsOn: string | null = null,
): VersionRx => ({ version, effectiveFrom, startsOn, endsOn, items });
const logs = (exerciseId: string, days: number[], sessions = 1): DaySessions[] =>
  days.map((n) => ({ date: d(n), exerciseId, sessions }));

describe('adherence for one frequency over one week', () => {
  it('daily, once a day: one session a day', () => {
    const plan = [v(1, MON, [rx('a')])];
    expect(adherenceBetween(plan, logs('a', [0, 1, 2, 4, 5]), d(0), d(6))).toEqual({ prescribed: 7, done: 5, ratio: 5 / 7 });
  });

  it('3 days a week, twice a day: 6 sessions, a day counts up to 2 and the week up to 6', () => {
    const plan = [v(1, MON, [rx('a', 3, 2)])];
    expect(adherenceBetween(plan, logs('a', [0, 2, 4], 2), d(0), d(6))).toMatchObject({ prescribed: 6, done: 6 });
    expect(adherenceBetween(plan, logs('a', [0, 1, 2, 3, 4]), d(0), d(6))).toMatchObject({ prescribed: 6, done: 5 });
    expect(adherenceBetween(plan, logs('a', [0], 3), d(0), d(6))).toMatchObject({ prescribed: 6, done: 2 });
    expect(adherenceBetween(plan, logs('a', [0, 1, 2, 3, 4, 5, 6], 2), d(0), d(6))).toMatchObject({ prescribed: 6, done: 6 });
  });

  it('adds up several exercises of different frequencies', () => {
    const plan = [v(1, MON, [rx('a'), rx('b', 3), rx('c', 5, 2)])];
    const done = [...logs('a', [0, 1, 2, 3, 4, 5, 6]), ...logs('b', [1, 3]), ...logs('c', [0, 1, 2])];
    // 7 + 3 + 10 prescribed; 7 + 2 + 3 done
    expect(adherenceBetween(plan, done, d(0), d(6))).toMatchObject({ prescribed: 20, done: 12 });
  });

  it('counts nothing prescribed before the start or after the end', () => {
    const plan = [v(1, d(3), [rx('a')], d(3), d(4))];
    expect(adherenceBetween(plan, logs('a', [0, 1, 2, 3, 4, 5, 6]), d(0), d(6))).toMatchObject({ prescribed: 2, done: 2 });
    expect(adherenceBetween(plan, [], d(7), d(13))).toEqual({ prescribed: 0, done: 0, ratio: null });
  });
});

describe('adherence across weeks', () => {
  it('prorates a part week at the start: 4 days of "3 days a week" is 2 sessions, of "daily" 4', () => {
    const plan = [v(1, d(3), [rx('a', 3), rx('b')], d(3))];
    const weeks = weeklyAdherence(plan, [...logs('a', [3, 5, 8, 10, 12]), ...logs('b', [3, 4, 5, 6, 7, 8])], d(0), d(13));
    expect(weeks).toEqual([
      { weekStart: d(0), prescribed: 6, done: 6, ratio: 1 }, // a: 2 of 2, b: 4 of 4
      { weekStart: d(7), prescribed: 10, done: 5, ratio: 0.5 }, // a: 3 of 3, b: 2 of 7
    ]);
  });

  it('gives a once-a-week exercise at least one session in any week it is on the plan', () => {
    const plan = [v(1, d(6), [rx('a', 1)], d(6))];
    expect(weeklyAdherence(plan, [], d(0), d(13)).map((w) => w.prescribed)).toEqual([1, 1]);
  });

  it('counts the current week only up to today', () => {
    const plan = [v(1, MON, [rx('a')])];
    const weeks = weeklyAdherence(plan, logs('a', [7, 8]), d(0), d(9));
    expect(weeks.at(-1)).toEqual({ weekStart: d(7), prescribed: 3, done: 2, ratio: 2 / 3 });
  });
});

describe('adherence across plan versions', () => {
  it('reads each day against the version that governed it', () => {
    // Version 2, written on Thursday, swaps exercise a for b.
    const plan = [v(1, MON, [rx('a')]), v(2, d(3), [rx('b')])];
    expect(versionOn(plan, d(2))?.version).toBe(1);
    expect(versionOn(plan, d(3))?.version).toBe(2);
    expect(versionOn(plan, addDays(MON, -1))).toBeNull();
    // a Mon–Wed (3), b Thu–Sun (4); logs of a after the change do not count
    const done = [...logs('a', [0, 1, 2, 3, 4]), ...logs('b', [3, 4])];
    expect(adherenceBetween(plan, done, d(0), d(6))).toMatchObject({ prescribed: 7, done: 5 });
  });

  it('prorates a change of frequency within the week', () => {
    // a: 3 days a week Mon–Wed (3 × 3/7), then daily Thu–Sun (4): 5.29 → 5
    const plan = [v(1, MON, [rx('a', 3)]), v(2, d(3), [rx('a', 7)])];
    expect(adherenceBetween(plan, logs('a', [0, 1, 2, 3, 4, 5, 6]), d(0), d(6))).toMatchObject({ prescribed: 5, done: 5 });
  });

  it('lets the newest of two versions written on the same day win', () => {
    const plan = [v(1, MON, [rx('a')]), v(3, d(2), [rx('c')]), v(2, d(2), [rx('b')])];
    expect(versionOn(plan, d(2))?.version).toBe(3);
  });

  it('follows a revision that moves the end date', () => {
    const plan = [v(1, MON, [rx('a')], MON, d(13)), v(2, d(4), [rx('a')], MON, d(5))];
    expect(weeklyAdherence(plan, [], d(0), d(13)).map((w) => w.prescribed)).toEqual([6, 0]);
  });
});

describe("today's checklist", () => {
  const plan = [v(1, MON, [rx('daily'), rx('twice', 7, 2), rx('three', 3)])];

  it('shows each exercise of the day with what is left', () => {
    const done = [...logs('daily', [2]), ...logs('twice', [2]), ...logs('three', [0, 1])];
    expect(
      todaysChecklist(plan, done, d(2)).map((c) => [c.exerciseId, c.state, c.doneToday, c.weekDone, c.weekPrescribed]),
    ).toEqual([
      ['daily', 'done', 1, 1, 7],
      ['twice', 'todo', 1, 1, 14],
      ['three', 'todo', 0, 2, 3],
    ]);
  });

  it('marks a not-every-day exercise done for the week once its count is met', () => {
    const done = logs('three', [0, 1, 2]);
    expect(todaysChecklist(plan, done, d(4)).find((c) => c.exerciseId === 'three')?.state).toBe('week-done');
  });

  it('is empty outside the plan dates', () => {
    expect(todaysChecklist([v(1, MON, [rx('a')], MON, d(1))], [], d(2))).toEqual([]);
  });
});

describe('currentStreak', () => {
  it('counts days in a row up to today, or up to yesterday while today is not logged yet', () => {
    expect(currentStreak([d(0), d(1), d(2)], d(2))).toBe(3);
    expect(currentStreak([d(0), d(1), d(2)], d(3))).toBe(3);
    expect(currentStreak([d(0), d(1), d(2)], d(4))).toBe(0);
    expect(currentStreak([d(0), d(2), d(3)], d(3))).toBe(2);
    expect(currentStreak([], d(3))).toBe(0);
  });
});
