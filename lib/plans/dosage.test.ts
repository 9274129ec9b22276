import { describe, expect, it } from 'vitest';
import { describeDosage } from './dosage';

const base = { sets: 2, reps: 10, holdSeconds: null, minutes: null, timesPerDay: 1, daysPerWeek: 7 };

describe('describeDosage', () => {
  it('reads like a prescription', () => {
    expect(describeDosage(base)).toBe('2 sets of 10 · once a day · every day');
    expect(describeDosage({ ...base, sets: 1, reps: 10, holdSeconds: 5, timesPerDay: 2, daysPerWeek: 5 })).toBe(
      '10 reps, hold 5 s · twice a day · 5 days a week',
    );
    expect(describeDosage({ ...base, sets: 3, reps: null, holdSeconds: 30 })).toBe('3 sets, hold 30 s · once a day · every day');
    expect(describeDosage({ ...base, sets: 1, reps: null, minutes: 20, daysPerWeek: 5 })).toBe(
      '20 min · once a day · 5 days a week',
    );
  });
});
