import { describe, expect, it } from 'vitest';
import { compactSlots, expandCompactSlots } from './compact-slots';
import { findOpenSlotsForAll } from './find-open-slots';
import { EVERY_DAY, LONDON, NEW_YORK, rule, rulesOn, therapist, visitRules } from './slot-fixtures';

const asList = (slots: ReturnType<typeof findOpenSlotsForAll>) =>
  slots.map((s) => ({
    start: new Date(s.start).toISOString(),
    end: new Date(s.end).toISOString(),
    therapistId: s.therapistId,
    clinicId: s.clinicId,
  }));

describe('compact slots', () => {
  const visit = visitRules({ durationMinutes: 30, slotStepMinutes: 15 });
  const schedules = [
    therapist({ therapistId: 'b', rules: rulesOn(EVERY_DAY, { startMinute: 60, endMinute: 240 }) }), // 01:00–04:00, across DST
    therapist({
      therapistId: 'a',
      rules: [
        ...rulesOn(EVERY_DAY, { clinicId: 'clinic-2', modality: 'IN_CLINIC' }),
        ...rulesOn(EVERY_DAY, { clinicId: 'clinic-1', modality: 'IN_CLINIC', startMinute: 12 * 60, endMinute: 20 * 60 }),
      ],
    }),
  ];

  it.each([
    ['spring forward', '2026-03-06T00:00:00.000Z', '2026-03-10T00:00:00.000Z', NEW_YORK],
    ['fall back', '2026-10-30T00:00:00.000Z', '2026-11-03T00:00:00.000Z', NEW_YORK],
    ['a viewer in another zone', '2026-10-23T00:00:00.000Z', '2026-10-27T00:00:00.000Z', LONDON],
  ])('expands back to exactly the list answer (%s)', (_, from, to, zone) => {
    for (const modality of ['IN_CLINIC', 'VIRTUAL'] as const) {
      const slots = findOpenSlotsForAll(
        modality === 'VIRTUAL' ? [schedules[0]!] : schedules,
        { ...visit, modality },
        { from: Date.parse(from), to: Date.parse(to), now: Date.parse(from) },
      );
      expect(slots.length).toBeGreaterThan(20);
      const compact = compactSlots(slots, zone, visit.durationMinutes);
      expect(expandCompactSlots(JSON.parse(JSON.stringify(compact)))).toEqual(asList(slots));
    }
  });

  it('groups by local date with minutes since local midnight, and names each id once', () => {
    const one = therapist({ therapistId: 't1', rules: [rule({ weekday: 7, startMinute: 60, endMinute: 240 })] });
    const slots = findOpenSlotsForAll([one], visitRules({ durationMinutes: 60, slotStepMinutes: 60 }), {
      from: Date.parse('2026-11-01T00:00:00Z'),
      to: Date.parse('2026-11-02T00:00:00Z'),
      now: Date.parse('2026-11-01T00:00:00Z'),
    });
    // Fall back: 01:00 happens twice (offered once), so 02:00 and 03:00 are 3 h and 4 h after midnight.
    expect(compactSlots(slots, NEW_YORK, 60)).toEqual({
      zone: NEW_YORK,
      durationMinutes: 60,
      therapists: ['t1'],
      clinics: [null],
      days: [
        {
          date: '2026-11-01',
          midnight: '2026-11-01T04:00:00.000Z',
          groups: [{ therapist: 0, clinic: 0, minutes: [60, 180, 240] }],
        },
      ],
    });
  });

  it('answers an empty list with no days', () => {
    expect(compactSlots([], NEW_YORK, 30)).toEqual({
      zone: NEW_YORK,
      durationMinutes: 30,
      therapists: [],
      clinics: [],
      days: [],
    });
  });
});
