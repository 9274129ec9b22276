import { describe, expect, it } from 'vitest';
import { CLINIC_SLUG, CLINIC_SLUG_MAX, createClinicInput, slugFrom, updateClinicInput } from './clinic-admin-schemas';

const valid = {
  practiceId: 'p1',
  name: 'Summit Spine — Boulder',
  addressLine1: '1800 Broadway',
  city: 'Boulder',
  state: 'co',
  zip: '80302',
  latitude: 40.0176,
  longitude: -105.2797,
  timezone: 'America/Denver',
  phone: '(303) 555-0100',
  hours: 'Mon–Fri 8–6',
};

describe('clinic input', () => {
  it('accepts a complete clinic, upper-cases the state and leaves the slug to be made from the name', () => {
    const parsed = createClinicInput.parse(valid);
    expect(parsed).toMatchObject({ state: 'CO', addressLine2: null });
    expect(slugFrom(parsed.name)).toBe('summit-spine-boulder');
    expect(slugFrom('Café & Co.  Downtown!')).toBe('cafe-co-downtown');
  });

  it('makes slugs the slug rule accepts from any name (symbols that decompose to capitals, a cut at a space)', () => {
    for (const name of [
      'Acme™ Physical Therapy',
      'ℌarbor PT',
      'Harbor Physical Therapy and Sports Rehabilitation Center of Brooklyn',
      '—',
      '  Ünïcödé   Spïnë  ',
    ]) {
      const slug = slugFrom(name);
      expect(slug, name).toMatch(CLINIC_SLUG);
      expect(slug.length, name).toBeLessThanOrEqual(CLINIC_SLUG_MAX);
    }
    expect(slugFrom('Acme™ Physical Therapy')).toBe('acmetm-physical-therapy');
    expect(slugFrom('—')).toBe('clinic');
  });

  it.each([
    ['zip', '8030'],
    ['zip', '80302-1234'],
    ['latitude', 90.1],
    ['longitude', -180.5],
    ['timezone', 'Mountain'],
    ['state', 'Colorado'],
  ])('rejects %s = %s', (field, value) => {
    const result = createClinicInput.safeParse({ ...valid, [field]: value });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual([field]);
  });

  it('an edit must change something and may not move the clinic to another practice', () => {
    expect(updateClinicInput.safeParse({}).success).toBe(false);
    expect(updateClinicInput.safeParse({ practiceId: 'p2' }).success).toBe(false);
    expect(updateClinicInput.safeParse({ hours: 'Sat 9–1' }).success).toBe(true);
  });
});
