import { describe, expect, it } from 'vitest';
import { scoreNprs } from './score-nprs';

describe('scoreNprs', () => {
  it('takes a whole number from 0 to 10 and names its band', () => {
    expect(
      [0, 1, 3, 4, 6, 7, 10].map((n) => {
        const r = scoreNprs(n);
        return r.ok ? r.band : r.reason;
      }),
    ).toEqual(['NONE', 'MILD', 'MILD', 'MODERATE', 'MODERATE', 'SEVERE', 'SEVERE']);
    expect(scoreNprs(7)).toEqual({ ok: true, score: 7, band: 'SEVERE', bandLabel: 'Severe pain (7–10)' });
  });

  it('refuses a missing, out-of-range or fractional rating', () => {
    for (const bad of [null, undefined, -1, 11, 4.5, Number.NaN]) expect(scoreNprs(bad).ok, String(bad)).toBe(false);
  });
});
