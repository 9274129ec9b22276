import { describe, expect, it } from 'vitest';
import { coveredThrough, coversDate, type LicenseRecord } from './license-coverage';
import { licensedSlots } from './licensed-slots';

const ny: LicenseRecord = { state: 'NY', kind: 'LICENSE', expiresOn: '2027-03-31' };
const njPrivilege: LicenseRecord = { state: 'NJ', kind: 'COMPACT_PRIVILEGE', expiresOn: '2027-12-31' };

describe('license coverage', () => {
  it('covers the state of a license through its expiry date, inclusive', () => {
    expect(coversDate([ny], 'NY', '2027-03-31')).toBe(true);
    expect(coversDate([ny], 'NY', '2027-04-01')).toBe(false);
  });

  it('never covers another state', () => {
    expect(coveredThrough([ny], 'CA')).toBeNull();
    expect(coversDate([ny], 'CA', '2026-12-01')).toBe(false);
    expect(coversDate([], 'NY', '2026-12-01')).toBe(false);
  });

  it('covers a compact privilege state only while a home license is valid', () => {
    expect(coveredThrough([ny, njPrivilege], 'NJ')).toBe('2027-03-31');
    expect(coversDate([ny, njPrivilege], 'NJ', '2027-04-01')).toBe(false);
    expect(coveredThrough([njPrivilege], 'NJ')).toBeNull();
  });

  it('takes the latest of several licenses for one state', () => {
    const renewed: LicenseRecord = { state: 'NY', kind: 'LICENSE', expiresOn: '2029-03-31' };
    expect(coveredThrough([ny, renewed], 'NY')).toBe('2029-03-31');
    expect(coveredThrough([{ ...njPrivilege, expiresOn: '2028-06-30' }, renewed], 'NJ')).toBe('2028-06-30');
  });

  it('a license in the state itself outlasts a privilege cut short by the home license', () => {
    const nj: LicenseRecord = { state: 'NJ', kind: 'LICENSE', expiresOn: '2026-12-31' };
    expect(coveredThrough([nj, { ...njPrivilege, expiresOn: '2030-01-01' }], 'NJ')).toBe('2026-12-31');
  });
});

describe('licensed slots', () => {
  const schedule = {
    therapistId: 't1',
    timezone: 'America/Los_Angeles',
    licenses: [{ state: 'CA', kind: 'LICENSE' as const, expiresOn: '2026-12-10' }],
  };
  const slot = (iso: string) => ({ start: Date.parse(iso), end: Date.parse(iso) + 1_800_000, therapistId: 't1', clinicId: null });

  it('keeps a slot on the expiry date in the therapist zone, even when it is the next day in UTC', () => {
    // 20:00 in Los Angeles on Dec 10 is 04:00 UTC on Dec 11.
    expect(licensedSlots([slot('2026-12-11T04:00:00Z')], [schedule], 'CA')).toHaveLength(1);
    expect(licensedSlots([slot('2026-12-11T17:00:00Z')], [schedule], 'CA')).toHaveLength(0);
  });

  it('drops every slot of a therapist with no license for the state, and of one not in the list', () => {
    expect(licensedSlots([slot('2026-12-01T17:00:00Z')], [schedule], 'NV')).toHaveLength(0);
    expect(licensedSlots([{ ...slot('2026-12-01T17:00:00Z'), therapistId: 'other' }], [schedule], 'CA')).toHaveLength(0);
  });
});
