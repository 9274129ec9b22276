import { describe, expect, it } from 'vitest';
import { compactSlots, expandCompactSlots } from './compact-slots';
import { findOpenSlotsForAll } from './find-open-slots';
import { EVERY_DAY, LONDON, NEW_YORK, rule, rulesOn, SYDNEY, therapist, visitRules } from './slot-fixtures';

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

  // Minutes are ELAPSED since the local midnight, not read off the wall clock: on a spring-forward
  // day the first wall time after the gap is 60 minutes "early", and on a fall-back day the
  // repeated hour's second pass is 60 minutes later than its first, so both passes have their own
  // number and `midnight + minutes` is always the exact instant (docs/decisions/047).
  const startsAt = (...isos: string[]) =>
    isos.map((start) => ({ start: Date.parse(start), end: Date.parse(start) + 30 * 60_000, therapistId: 't1', clinicId: null }));
  const oneDay = (zone: string, slots: ReturnType<typeof startsAt>) => {
    const answer = compactSlots(slots, zone, 30);
    expect(answer.days).toHaveLength(1);
    expect(expandCompactSlots(answer).map((s) => s.start)).toEqual(slots.map((s) => new Date(s.start).toISOString()));
    const day = answer.days[0]!;
    return { date: day.date, midnight: day.midnight, minutes: day.groups[0]!.minutes };
  };

  it.each([
    // 2026-03-08 New York: 02:00 EST jumps to 03:00 EDT. 01:30 EST, 03:00 EDT, 09:00 EDT.
    [
      NEW_YORK,
      'spring forward',
      ['2026-03-08T06:30:00Z', '2026-03-08T07:00:00Z', '2026-03-08T13:00:00Z'],
      { date: '2026-03-08', midnight: '2026-03-08T05:00:00.000Z', minutes: [90, 120, 480] },
    ],
    // 2026-11-01 New York: 02:00 EDT falls back to 01:00 EST. 01:30 EDT, 01:30 EST, 02:00 EST.
    [
      NEW_YORK,
      'fall back',
      ['2026-11-01T05:30:00Z', '2026-11-01T06:30:00Z', '2026-11-01T07:00:00Z'],
      { date: '2026-11-01', midnight: '2026-11-01T04:00:00.000Z', minutes: [90, 150, 180] },
    ],
    // 2026-03-29 London: 01:00 GMT jumps to 02:00 BST. 00:30 GMT, 02:00 BST, 09:00 BST.
    [
      LONDON,
      'spring forward',
      ['2026-03-29T00:30:00Z', '2026-03-29T01:00:00Z', '2026-03-29T08:00:00Z'],
      { date: '2026-03-29', midnight: '2026-03-29T00:00:00.000Z', minutes: [30, 60, 480] },
    ],
    // 2026-10-25 London: 02:00 BST falls back to 01:00 GMT. 01:30 BST, 01:30 GMT, 09:00 GMT.
    [
      LONDON,
      'fall back',
      ['2026-10-25T00:30:00Z', '2026-10-25T01:30:00Z', '2026-10-25T09:00:00Z'],
      { date: '2026-10-25', midnight: '2026-10-24T23:00:00.000Z', minutes: [90, 150, 600] },
    ],
    // 2026-10-04 Sydney: 02:00 AEST jumps to 03:00 AEDT. 01:30 AEST, 03:00 AEDT, 09:00 AEDT.
    [
      SYDNEY,
      'spring forward',
      ['2026-10-03T15:30:00Z', '2026-10-03T16:00:00Z', '2026-10-03T22:00:00Z'],
      { date: '2026-10-04', midnight: '2026-10-03T14:00:00.000Z', minutes: [90, 120, 480] },
    ],
    // 2026-04-05 Sydney: 03:00 AEDT falls back to 02:00 AEST. 02:30 AEDT, 02:30 AEST, 09:00 AEST.
    [
      SYDNEY,
      'fall back',
      ['2026-04-04T15:30:00Z', '2026-04-04T16:30:00Z', '2026-04-04T23:00:00Z'],
      { date: '2026-04-05', midnight: '2026-04-04T13:00:00.000Z', minutes: [150, 210, 600] },
    ],
  ] as const)('counts minutes from local midnight on a DST day: %s, %s', (zone, _, isos, expected) => {
    expect(oneDay(zone, startsAt(...isos))).toEqual(expected);
  });

  it('puts the starts of a 23-hour and a 25-hour day under the right local dates', () => {
    // The last start of the short Sydney day (23:30 AEDT = 12:30Z) and the first of the next.
    const answer = compactSlots(startsAt('2026-10-04T12:30:00Z', '2026-10-04T13:00:00Z'), SYDNEY, 30);
    expect(answer.days.map((d) => [d.date, d.midnight, d.groups[0]!.minutes])).toEqual([
      ['2026-10-04', '2026-10-03T14:00:00.000Z', [22 * 60 + 30]], // 23 h day: 23:30 is 1,350 minutes in
      ['2026-10-05', '2026-10-04T13:00:00.000Z', [0]],
    ]);
    // The long New York day: 23:30 EST is 24.5 hours after its midnight.
    const long = compactSlots(startsAt('2026-11-02T04:30:00Z', '2026-11-02T05:00:00Z'), NEW_YORK, 30);
    expect(long.days.map((d) => [d.date, d.groups[0]!.minutes])).toEqual([
      ['2026-11-01', [24 * 60 + 30]],
      ['2026-11-02', [0]],
    ]);
  });
});
