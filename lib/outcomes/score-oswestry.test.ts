import { describe, expect, it } from 'vitest';
import { ODI_SECTIONS } from './oswestry-sections';
import { oswestryBand, scoreOswestry } from './score-oswestry';

describe('scoreOswestry', () => {
  it('has ten sections of six statements each', () => {
    expect(ODI_SECTIONS).toHaveLength(10);
    for (const s of ODI_SECTIONS) expect(s.statements).toHaveLength(6);
  });

  it('scores all ten sections as points out of 50, in percent', () => {
    expect(scoreOswestry([0, 0, 0, 0, 0, 0, 0, 0, 0, 0])).toMatchObject({
      ok: true,
      percent: 0,
      points: 0,
      answered: 10,
      band: 'MINIMAL',
    });
    expect(scoreOswestry([5, 5, 5, 5, 5, 5, 5, 5, 5, 5])).toMatchObject({ ok: true, percent: 100, band: 'BED_BOUND' });
    // 2+3+2+1+3+2+2+1+2+2 = 20 of 50
    expect(scoreOswestry([2, 3, 2, 1, 3, 2, 2, 1, 2, 2])).toMatchObject({ ok: true, percent: 40, points: 20, band: 'MODERATE' });
  });

  it('leaves a skipped section out of the points possible (total / (5 × answered))', () => {
    // 17 of 45 = 37.8 %
    const r = scoreOswestry([2, 2, 2, 2, 2, 2, 2, null, 2, 1]);
    expect(r).toMatchObject({ ok: true, points: 17, answered: 9, percent: 37.8, band: 'MODERATE' });
    // two skipped: 16 of 40 = 40 %
    expect(scoreOswestry([2, 2, null, 2, 2, 2, 2, null, 2, 2])).toMatchObject({ ok: true, answered: 8, percent: 40 });
  });

  it('refuses to score with three or more sections skipped', () => {
    const r = scoreOswestry([2, null, null, 2, 2, 2, 2, null, 2, 2]);
    expect(r).toEqual({ ok: false, reason: 'Answer at least 8 of the 10 sections.' });
    expect(scoreOswestry(Array(10).fill(null)).ok).toBe(false);
  });

  it('refuses out-of-range, fractional and wrongly sized answers', () => {
    expect(scoreOswestry([6, 0, 0, 0, 0, 0, 0, 0, 0, 0])).toEqual({ ok: false, reason: 'Section 1 must be scored 0–5.' });
    expect(scoreOswestry([0, -1, 0, 0, 0, 0, 0, 0, 0, 0]).ok).toBe(false);
    expect(scoreOswestry([0, 0, 2.5, 0, 0, 0, 0, 0, 0, 0]).ok).toBe(false);
    expect(scoreOswestry([0, 0, 0]).ok).toBe(false);
    expect(scoreOswestry(Array(11).fill(0)).ok).toBe(false);
  });

  it('uses the standard bands: 0–20, 21–40, 41–60, 61–80, 81–100', () => {
    expect([0, 20, 21, 40, 41, 60, 61, 80, 81, 100].map((p) => oswestryBand(p).band)).toEqual([
      'MINIMAL',
      'MINIMAL',
      'MODERATE',
      'MODERATE',
      'SEVERE',
      'SEVERE',
      'CRIPPLED',
      'CRIPPLED',
      'BED_BOUND',
      'BED_BOUND',
    ]);
    // a fractional result goes by its rounded value
    expect(oswestryBand(20.4).band).toBe('MINIMAL');
    expect(oswestryBand(20.5).band).toBe('MODERATE');
  });
});
