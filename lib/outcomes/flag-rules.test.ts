import { describe, expect, it } from 'vitest';
import { isHighPain, isLowAdherence, worsening } from './flag-rules';

const p = (score: number, takenOn = '2026-03-02') => ({ score, takenOn });

describe('flag rules', () => {
  it('ODI: worse by 10 points or more than the previous score', () => {
    expect(worsening('ODI', 40, p(30), p(30))).toMatchObject({ by: 10, against: 'previous' });
    expect(worsening('ODI', 39.9, p(30), p(30))).toBeNull();
    expect(worsening('ODI', 20, p(30), p(30))).toBeNull(); // better
  });

  it('ODI: a slow drift is caught against intake even when each step is small', () => {
    expect(worsening('ODI', 36, p(30, '2026-03-16'), p(24))).toMatchObject({ by: 12, against: 'intake' });
  });

  it('ODI: a relapse after improving is caught against the previous score', () => {
    expect(worsening('ODI', 34, p(20, '2026-03-16'), p(40))).toMatchObject({ by: 14, against: 'previous' });
  });

  it('NPRS: worse by 2 or more', () => {
    expect(worsening('NPRS', 6, p(4), p(5))).toMatchObject({ by: 2, against: 'previous' });
    expect(worsening('NPRS', 5, p(4), p(4))).toBeNull();
    expect(worsening('NPRS', 9, null, null)).toBeNull(); // nothing to compare with
  });

  it('adherence under 50 % over the window, only when something was prescribed', () => {
    expect(isLowAdherence({ prescribed: 14, done: 6 })).toBe(true);
    expect(isLowAdherence({ prescribed: 14, done: 7 })).toBe(false);
    expect(isLowAdherence({ prescribed: 0, done: 0 })).toBe(false);
  });

  it('a logged pain of 8 or more', () => {
    expect([7, 8, 10].map(isHighPain)).toEqual([false, true, true]);
  });
});
