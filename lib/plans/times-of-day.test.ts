import { describe, expect, it } from 'vitest';
import { groupByTimeOfDay, sortTimesOfDay, timeOfDayAllowed } from './times-of-day';

describe('times of day', () => {
  it('sorts in day order without repeats', () => {
    expect(sortTimesOfDay(['BEFORE_BED', 'MORNING', 'MORNING'])).toEqual(['MORNING', 'BEFORE_BED']);
  });

  it('groups items by time, an item in each of its times, untimed last, empty groups left out', () => {
    const items = [
      { exerciseId: 'knees', timesOfDay: ['MORNING' as const, 'BEFORE_BED' as const] },
      { exerciseId: 'walk', timesOfDay: [] },
      { exerciseId: 'cat', timesOfDay: ['BEFORE_BED' as const] },
    ];
    const groups = groupByTimeOfDay(items, [
      { exerciseId: 'knees', timeOfDay: 'MORNING' },
      { exerciseId: 'walk', timeOfDay: null },
    ]);
    expect(groups.map((g) => [g.heading, g.items.map((i) => `${i.exerciseId}${i.doneAtThisTime ? '✓' : ''}`)])).toEqual([
      ['This morning', ['knees✓']],
      ['Before bed', ['knees', 'cat']],
      ['Any time today', ['walk']],
    ]);
  });

  it('a log names only a planned time; no time is always fine', () => {
    expect(timeOfDayAllowed(['MORNING'], 'MORNING')).toBe(true);
    expect(timeOfDayAllowed(['MORNING'], 'BEFORE_BED')).toBe(false);
    expect(timeOfDayAllowed([], 'EVENING')).toBe(false);
    expect(timeOfDayAllowed([], null)).toBe(true);
  });
});
