import { describe, expect, it } from 'vitest';
import { CATEGORIES, REGIONS, isCategory, isRegion } from './labels';

describe('isRegion / isCategory', () => {
  it('accept every value the forms offer', () => {
    expect(REGIONS.every(isRegion)).toBe(true);
    expect(CATEGORIES.every(isCategory)).toBe(true);
  });

  it('refuse anything else, including the other enum and inherited keys', () => {
    for (const s of ['', 'lower_back', 'MOBILITY', 'toString', '__proto__']) expect(isRegion(s)).toBe(false);
    for (const s of ['', 'mobility', 'LOWER_BACK', 'constructor']) expect(isCategory(s)).toBe(false);
  });
});
