import { describe, expect, it } from 'vitest';
import { applyAvailabilityChange } from './availability-change';
import type { WeeklyRule } from './find-open-slots';
import { availabilityCovers, findOrphanedVisits, type Availability } from './find-orphaned-visits';

const NY = 'America/New_York';
const CLINIC = 'clinic-a';
// 2026-03-10 is a Tuesday (EDT, UTC-4); 2026-03-17 the Tuesday after.
const rule = (weekday: number, from: string, to: string, extra: Partial<WeeklyRule> = {}): WeeklyRule => ({
  weekday,
  startMinute: minutes(from),
  endMinute: minutes(to),
  timezone: NY,
  modality: 'IN_CLINIC',
  clinicId: CLINIC,
  validFrom: '2026-01-01',
  validUntil: null,
  ...extra,
});
function minutes(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return h * 60 + m;
}
const visit = (
  id: string,
  isoStart: string,
  length = 60,
  extra: { modality?: 'IN_CLINIC' | 'VIRTUAL'; clinicId?: string | null } = {},
) => ({
  id,
  start: Date.parse(isoStart),
  end: Date.parse(isoStart) + length * 60_000,
  modality: extra.modality ?? ('IN_CLINIC' as const),
  clinicId: extra.clinicId === undefined ? CLINIC : extra.clinicId,
});

const tuesdays: Availability = { rules: [rule(2, '09:00', '12:00'), rule(2, '13:00', '17:00')], overrides: [], timeOff: [] };
const tue0900 = visit('tue-0900', '2026-03-10T13:00:00Z'); // 09:00 EDT
const tue1400 = visit('tue-1400', '2026-03-10T18:00:00Z'); // 14:00 EDT
const nextTue1400 = visit('next-tue-1400', '2026-03-17T18:00:00Z');

describe('availabilityCovers', () => {
  it('needs the whole visit inside the hours, joining ranges that touch', () => {
    expect(availabilityCovers(tuesdays, tue0900)).toBe(true);
    expect(availabilityCovers(tuesdays, visit('over-lunch', '2026-03-10T15:30:00Z'))).toBe(false); // 11:30–12:30
    const touching: Availability = { ...tuesdays, rules: [rule(2, '09:00', '12:00'), rule(2, '12:00', '17:00')] };
    expect(availabilityCovers(touching, visit('over-lunch', '2026-03-10T15:30:00Z'))).toBe(true);
  });

  it('keeps modality and clinic apart, and time off uncovers a visit', () => {
    expect(
      availabilityCovers(tuesdays, visit('video', '2026-03-10T13:00:00Z', 60, { modality: 'VIRTUAL', clinicId: null })),
    ).toBe(false);
    expect(availabilityCovers(tuesdays, visit('elsewhere', '2026-03-10T13:00:00Z', 60, { clinicId: 'clinic-b' }))).toBe(false);
    const off = {
      ...tuesdays,
      timeOff: [{ start: Date.parse('2026-03-10T13:30:00Z'), end: Date.parse('2026-03-10T14:00:00Z') }],
    };
    expect(availabilityCovers(off, tue0900)).toBe(false);
  });

  it('reads the hours in their own zone across the spring-forward (09:00 EST, then 09:00 EDT)', () => {
    const mondays: Availability = { rules: [rule(1, '09:00', '10:00')], overrides: [], timeOff: [] };
    expect(availabilityCovers(mondays, visit('before', '2026-03-02T14:00:00Z'))).toBe(true); // 09:00 EST
    expect(availabilityCovers(mondays, visit('after', '2026-03-09T13:00:00Z'))).toBe(true); // 09:00 EDT
    expect(availabilityCovers(mondays, visit('after-utc-drift', '2026-03-09T14:00:00Z'))).toBe(false); // 10:00 EDT
  });
});

describe('findOrphanedVisits', () => {
  const visits = [tue0900, tue1400, nextTue1400];

  it('lists the visits that new weekly hours leave out, and only those', () => {
    const proposed = applyAvailabilityChange(
      tuesdays,
      {
        kind: 'rules',
        rules: [
          {
            weekday: 2,
            startMinute: minutes('13:00'),
            endMinute: minutes('17:00'),
            modality: 'IN_CLINIC',
            clinicId: CLINIC,
            validFrom: '2026-01-01',
            validUntil: null,
          },
        ],
      },
      NY,
    );
    expect(findOrphanedVisits(tuesdays, proposed, visits).map((v) => v.id)).toEqual(['tue-0900']);
  });

  it('a closed date orphans that date only; custom hours that still hold a visit keep it', () => {
    const closed = applyAvailabilityChange(tuesdays, { kind: 'override', date: '2026-03-10', ranges: [] }, NY);
    expect(findOrphanedVisits(tuesdays, closed, visits).map((v) => v.id)).toEqual(['tue-0900', 'tue-1400']);
    const afternoon = applyAvailabilityChange(
      tuesdays,
      {
        kind: 'override',
        date: '2026-03-10',
        ranges: [{ startMinute: minutes('14:00'), endMinute: minutes('15:00'), modality: 'IN_CLINIC', clinicId: CLINIC }],
      },
      NY,
    );
    expect(findOrphanedVisits(tuesdays, afternoon, visits).map((v) => v.id)).toEqual(['tue-0900']);
  });

  it('undoing an extra-hours override orphans the visits only it covered', () => {
    const withOverride = applyAvailabilityChange(
      tuesdays,
      {
        kind: 'override',
        date: '2026-03-10',
        ranges: [{ startMinute: minutes('07:00'), endMinute: minutes('12:00'), modality: 'IN_CLINIC', clinicId: CLINIC }],
      },
      NY,
    );
    const early = visit('tue-0700', '2026-03-10T11:00:00Z');
    const undone = applyAvailabilityChange(withOverride, { kind: 'clearOverride', date: '2026-03-10' }, NY);
    expect(undone.overrides).toEqual([]);
    expect(findOrphanedVisits(withOverride, undone, [early, tue0900]).map((v) => v.id)).toEqual(['tue-0700']);
  });

  it('time off orphans the visits it overlaps', () => {
    const off = applyAvailabilityChange(
      tuesdays,
      {
        kind: 'timeOff',
        startsAt: new Date('2026-03-17T17:00:00Z'),
        endsAt: new Date('2026-03-17T18:30:00Z'),
      },
      NY,
    );
    expect(findOrphanedVisits(tuesdays, off, visits).map((v) => v.id)).toEqual(['next-tue-1400']);
  });

  it('does not blame a change for a visit that was already outside the hours', () => {
    const offHours = visit('booked-by-staff-at-07', '2026-03-10T11:00:00Z');
    const closed = applyAvailabilityChange(tuesdays, { kind: 'override', date: '2026-03-10', ranges: [] }, NY);
    expect(findOrphanedVisits(tuesdays, closed, [offHours])).toEqual([]);
  });

  it('adding hours orphans nothing', () => {
    const more = applyAvailabilityChange(
      tuesdays,
      {
        kind: 'rules',
        rules: [
          ...tuesdays.rules.map(({ timezone: _zone, ...r }) => r),
          {
            weekday: 6,
            startMinute: 600,
            endMinute: 720,
            modality: 'VIRTUAL',
            clinicId: null,
            validFrom: '2026-01-01',
            validUntil: null,
          },
        ],
      },
      NY,
    );
    expect(findOrphanedVisits(tuesdays, more, visits)).toEqual([]);
  });
});
