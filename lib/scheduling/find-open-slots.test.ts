import { describe, expect, it } from 'vitest';
import { explainSlot, findOpenSlots, findOpenSlotsForAll, type OpenSlot } from './find-open-slots';
import {
  at,
  block,
  dayBounds,
  EVERY_DAY,
  hm,
  iso,
  LONDON,
  NEW_YORK,
  override,
  rule,
  rulesOn,
  startsOf,
  SYDNEY,
  therapist,
  visitRules,
} from './slot-fixtures';

// The week of Monday 2026-06-01 in New York (EDT, UTC−4): 09:00 local is 13:00Z.
const MONDAY = '2026-06-01T00:00:00.000Z';
const TUESDAY = '2026-06-02T00:00:00.000Z';

describe('findOpenSlots: rules and overrides', () => {
  it('offers two ranges a day, and nothing between them', () => {
    const split = therapist({
      rules: [rule({ startMinute: hm(8), endMinute: hm(12) }), rule({ startMinute: hm(13), endMinute: hm(17) })],
    });
    expect(startsOf(split, visitRules(), MONDAY, TUESDAY)).toEqual([
      '2026-06-01T12:00:00.000Z',
      '2026-06-01T13:00:00.000Z',
      '2026-06-01T14:00:00.000Z',
      '2026-06-01T15:00:00.000Z',
      '2026-06-01T17:00:00.000Z',
      '2026-06-01T18:00:00.000Z',
      '2026-06-01T19:00:00.000Z',
      '2026-06-01T20:00:00.000Z',
    ]);
  });

  it('applies a rule from validFrom to validUntil, both inclusive', () => {
    const bounded = therapist({
      rules: [rule({ startMinute: hm(9), endMinute: hm(10), validFrom: '2026-06-08', validUntil: '2026-06-15' })],
    });
    expect(startsOf(bounded, visitRules(), MONDAY, '2026-06-30T00:00:00.000Z')).toEqual([
      '2026-06-08T13:00:00.000Z',
      '2026-06-15T13:00:00.000Z',
    ]);
  });

  it('replaces the weekly hours with an override’s hours on its date only', () => {
    const weekdays = therapist({
      rules: rulesOn([1, 2, 3, 4, 5]),
      overrides: [override({ date: '2026-06-02', startMinute: hm(14), endMinute: hm(16) })],
    });
    const slots = startsOf(weekdays, visitRules(), MONDAY, '2026-06-04T00:00:00.000Z');
    expect(slots.filter((s) => s.startsWith('2026-06-02'))).toEqual(['2026-06-02T18:00:00.000Z', '2026-06-02T19:00:00.000Z']);
    expect(slots.filter((s) => s.startsWith('2026-06-01'))).toHaveLength(8);
    expect(slots.filter((s) => s.startsWith('2026-06-03'))).toHaveLength(8);
  });

  it('closes a day with an override that has no hours, whatever modality it names', () => {
    const closedTuesday = therapist({ rules: rulesOn([1, 2, 3]), overrides: [override({ date: '2026-06-02' })] });
    const inClinicOnlyTuesday = therapist({
      rules: rulesOn([1, 2, 3]),
      overrides: [
        override({ date: '2026-06-02', startMinute: hm(9), endMinute: hm(12), modality: 'IN_CLINIC', clinicId: 'north' }),
      ],
    });
    for (const schedule of [closedTuesday, inClinicOnlyTuesday]) {
      const slots = startsOf(schedule, visitRules(), MONDAY, '2026-06-04T00:00:00.000Z');
      expect(slots.filter((s) => s.startsWith('2026-06-02'))).toEqual([]);
      expect(slots).toHaveLength(16);
    }
  });

  it('reads a rule’s dates and weekday in its own zone', () => {
    // Tuesday 09:00 in Sydney is Monday 23:00 UTC, and validFrom is a Sydney date.
    const sydneyTuesdays = therapist({
      rules: [rule({ weekday: 2, startMinute: hm(9), endMinute: hm(10), timezone: SYDNEY, validFrom: '2026-06-02' })],
    });
    expect(startsOf(sydneyTuesdays, visitRules(), MONDAY, TUESDAY)).toEqual(['2026-06-01T23:00:00.000Z']);
  });

  it('runs a range up to midnight (endMinute 1440)', () => {
    const lateShift = therapist({ rules: [rule({ startMinute: hm(22), endMinute: hm(24) })] });
    expect(startsOf(lateShift, visitRules(), MONDAY, '2026-06-03T00:00:00.000Z')).toEqual([
      '2026-06-02T02:00:00.000Z',
      '2026-06-02T03:00:00.000Z',
    ]);
  });

  it('offers a start once when rules overlap', () => {
    const overlapping = therapist({
      rules: [rule({ startMinute: hm(9), endMinute: hm(12) }), rule({ startMinute: hm(10), endMinute: hm(13) })],
    });
    expect(startsOf(overlapping, visitRules(), MONDAY, TUESDAY)).toEqual([
      '2026-06-01T13:00:00.000Z',
      '2026-06-01T14:00:00.000Z',
      '2026-06-01T15:00:00.000Z',
      '2026-06-01T16:00:00.000Z',
    ]);
  });

  it('steps by 15 or 30 minutes of wall-clock time', () => {
    const oneHour = therapist({ rules: [rule({ startMinute: hm(9), endMinute: hm(10) })] });
    expect(startsOf(oneHour, visitRules({ durationMinutes: 30, slotStepMinutes: 15 }), MONDAY, TUESDAY)).toEqual([
      '2026-06-01T13:00:00.000Z',
      '2026-06-01T13:15:00.000Z',
      '2026-06-01T13:30:00.000Z',
    ]);
    expect(startsOf(oneHour, visitRules({ durationMinutes: 30, slotStepMinutes: 30 }), MONDAY, TUESDAY)).toEqual([
      '2026-06-01T13:00:00.000Z',
      '2026-06-01T13:30:00.000Z',
    ]);
  });

  it('filters by clinic for IN_CLINIC visits, and ignores clinics for VIRTUAL ones', () => {
    const mixed = therapist({
      rules: [
        rule({ startMinute: hm(9), endMinute: hm(10), modality: 'IN_CLINIC', clinicId: 'north' }),
        rule({ startMinute: hm(13), endMinute: hm(14), modality: 'IN_CLINIC', clinicId: 'south' }),
        rule({ startMinute: hm(9), endMinute: hm(10), modality: 'IN_CLINIC', clinicId: 'south' }),
        rule({ startMinute: hm(16), endMinute: hm(17) }),
      ],
    });
    const query = (clinicId?: string | null) => ({
      from: at(MONDAY),
      to: at(TUESDAY),
      now: at('2026-01-01T00:00:00.000Z'),
      clinicId,
    });
    const brief = (slots: OpenSlot[]) => slots.map((s) => `${iso(s.start)} ${s.clinicId ?? 'virtual'}`);
    const inClinic = visitRules({ modality: 'IN_CLINIC' });
    expect(brief(findOpenSlots(mixed, inClinic, query()))).toEqual([
      '2026-06-01T13:00:00.000Z north',
      '2026-06-01T13:00:00.000Z south',
      '2026-06-01T17:00:00.000Z south',
    ]);
    expect(brief(findOpenSlots(mixed, inClinic, query(null)))).toHaveLength(3);
    expect(brief(findOpenSlots(mixed, inClinic, query('south')))).toEqual([
      '2026-06-01T13:00:00.000Z south',
      '2026-06-01T17:00:00.000Z south',
    ]);
    expect(brief(findOpenSlots(mixed, visitRules(), query()))).toEqual(['2026-06-01T20:00:00.000Z virtual']);
    expect(brief(findOpenSlots(mixed, visitRules(), query('south')))).toEqual(['2026-06-01T20:00:00.000Z virtual']);
  });
});

describe('findOpenSlots: what takes slots away', () => {
  const monToWed = therapist({ rules: rulesOn([1, 2, 3]) });

  it('removes slots overlapping time off within a day; touching is fine', () => {
    const lunchOff = { ...monToWed, timeOff: [block('2026-06-01T15:30:00.000Z', '2026-06-01T17:30:00.000Z')] }; // 11:30–13:30
    expect(startsOf(lunchOff, visitRules(), MONDAY, TUESDAY)).toEqual([
      '2026-06-01T13:00:00.000Z',
      '2026-06-01T14:00:00.000Z', // 09:00, 10:00 (ends 11:00)
      '2026-06-01T18:00:00.000Z',
      '2026-06-01T19:00:00.000Z',
      '2026-06-01T20:00:00.000Z', // 14:00–16:00
    ]);
  });

  it('removes slots under time off spanning days', () => {
    const away = { ...monToWed, timeOff: [block('2026-06-01T19:00:00.000Z', '2026-06-03T14:00:00.000Z')] }; // Mon 15:00 → Wed 10:00
    const slots = startsOf(away, visitRules(), MONDAY, '2026-06-04T00:00:00.000Z');
    expect(dayBounds(slots, NEW_YORK)).toEqual([
      '2026-06-01 2026-06-01T13:00:00.000Z..2026-06-01T18:00:00.000Z',
      '2026-06-03 2026-06-03T14:00:00.000Z..2026-06-03T20:00:00.000Z',
    ]);
    expect(slots).toHaveLength(13);
  });

  it('keeps the buffers before and after clear of appointments; touching is fine', () => {
    const morning = therapist({
      rules: [rule({ startMinute: hm(8), endMinute: hm(13) })],
      busy: [block('2026-06-01T14:00:00.000Z', '2026-06-01T15:00:00.000Z')], // 10:00–11:00
    });
    const buffered = visitRules({ slotStepMinutes: 15, bufferBeforeMinutes: 15, bufferAfterMinutes: 15 });
    expect(startsOf(morning, buffered, MONDAY, TUESDAY)).toEqual([
      '2026-06-01T12:00:00.000Z',
      '2026-06-01T12:15:00.000Z',
      '2026-06-01T12:30:00.000Z',
      '2026-06-01T12:45:00.000Z', // 08:45: visit + 15 min after ends exactly at 10:00
      '2026-06-01T15:15:00.000Z', // 11:15: 15 min before starts exactly at 11:00
      '2026-06-01T15:30:00.000Z',
      '2026-06-01T15:45:00.000Z',
      '2026-06-01T16:00:00.000Z',
    ]);
    const unbuffered = startsOf(morning, visitRules({ slotStepMinutes: 15 }), MONDAY, TUESDAY);
    expect(unbuffered).toContain('2026-06-01T13:00:00.000Z'); // 09:00–10:00 touches the appointment
    expect(unbuffered).toContain('2026-06-01T15:00:00.000Z'); // 11:00–12:00 touches it too
    expect(unbuffered).not.toContain('2026-06-01T13:15:00.000Z');
  });

  it('takes appointments in any order, overlapping or empty', () => {
    const messy = therapist({
      rules: [rule({ startMinute: hm(9), endMinute: hm(13) })],
      busy: [
        block('2026-06-01T14:30:00.000Z', '2026-06-01T15:30:00.000Z'),
        block('2026-06-01T13:30:00.000Z', '2026-06-01T14:45:00.000Z'),
        block('2026-06-01T16:30:00.000Z', '2026-06-01T16:30:00.000Z'),
      ],
    });
    expect(startsOf(messy, visitRules(), MONDAY, TUESDAY)).toEqual(['2026-06-01T16:00:00.000Z']);
  });

  it('needs the minimum notice (12 h), counted from now', () => {
    const notice = visitRules({ minNoticeMinutes: 12 * 60 });
    // now 23:00 EDT Sunday: earliest start 11:00 EDT Monday, inclusive.
    expect(startsOf(monToWed, notice, MONDAY, TUESDAY, '2026-06-01T03:00:00.000Z')[0]).toBe('2026-06-01T15:00:00.000Z');
    expect(startsOf(monToWed, notice, MONDAY, TUESDAY, '2026-06-01T03:00:01.000Z')[0]).toBe('2026-06-01T16:00:00.000Z');
  });

  it('offers nothing past the horizon (90 days), a start exactly on it included', () => {
    const earlyBird = therapist({ rules: rulesOn(EVERY_DAY, { startMinute: hm(8), endMinute: hm(9) }) });
    const now = '2026-06-01T12:00:00.000Z'; // Monday 08:00 EDT
    const slots = startsOf(earlyBird, visitRules({ horizonDays: 90 }), now, '2026-12-31T00:00:00.000Z', now);
    expect(slots).toHaveLength(91);
    expect(slots[0]).toBe('2026-06-01T12:00:00.000Z');
    expect(slots[slots.length - 1]).toBe('2026-08-30T12:00:00.000Z');
  });

  it('keeps starts within [from, to)', () => {
    const slots = startsOf(monToWed, visitRules(), '2026-06-01T14:00:00.000Z', '2026-06-01T16:00:00.000Z');
    expect(slots).toEqual(['2026-06-01T14:00:00.000Z', '2026-06-01T15:00:00.000Z']);
  });
});

describe('findOpenSlotsForAll', () => {
  it('merges therapists, sorted by start and then therapist id', () => {
    const schedules = [
      therapist({ therapistId: 'b', rules: [rule({ startMinute: hm(9), endMinute: hm(11) })] }),
      therapist({ therapistId: 'a', rules: [rule({ startMinute: hm(10), endMinute: hm(12) })] }),
      therapist({ therapistId: 'c', rules: [rule({ startMinute: hm(9), endMinute: hm(10), timezone: LONDON })] }),
    ];
    const slots = findOpenSlotsForAll(schedules, visitRules(), { from: at(MONDAY), to: at(TUESDAY), now: at(MONDAY) });
    expect(slots.map((s) => `${iso(s.start)} ${s.therapistId}`)).toEqual([
      '2026-06-01T08:00:00.000Z c',
      '2026-06-01T13:00:00.000Z b',
      '2026-06-01T14:00:00.000Z a',
      '2026-06-01T14:00:00.000Z b',
      '2026-06-01T15:00:00.000Z a',
    ]);
    expect(slots[0]).toEqual({
      start: at('2026-06-01T08:00:00.000Z'),
      end: at('2026-06-01T09:00:00.000Z'),
      therapistId: 'c',
      clinicId: null,
    });
  });
});

describe('explainSlot', () => {
  const now = at('2026-06-01T03:00:00.000Z'); // Sunday 23:00 EDT
  const visit = visitRules({ minNoticeMinutes: 12 * 60, horizonDays: 90, bufferAfterMinutes: 15 });
  const schedule = therapist({
    rules: rulesOn(EVERY_DAY, { modality: 'VIRTUAL' }),
    timeOff: [block('2026-06-02T13:00:00.000Z', '2026-06-02T21:00:00.000Z')], // all Tuesday
    busy: [block('2026-06-01T17:00:00.000Z', '2026-06-01T18:00:00.000Z')], // Monday 13:00–14:00
  });
  const explain = (start: string, clinicId?: string | null) => explainSlot(schedule, visit, at(start), now, clinicId);

  it('accepts a start findOpenSlots offers, and returns the slot', () => {
    expect(explain('2026-06-01T18:00:00.000Z')).toEqual({
      ok: true,
      slot: {
        start: at('2026-06-01T18:00:00.000Z'),
        end: at('2026-06-01T19:00:00.000Z'),
        therapistId: 'therapist-1',
        clinicId: null,
      },
    });
  });

  it('gives INSUFFICIENT_NOTICE before anything else', () => {
    expect(explain('2026-06-01T14:00:00.000Z')).toEqual({ ok: false, reason: 'INSUFFICIENT_NOTICE' });
    expect(explain('2026-06-01T14:10:00.000Z')).toEqual({ ok: false, reason: 'INSUFFICIENT_NOTICE' });
  });

  it('gives BEYOND_HORIZON past 90 days', () => {
    expect(explain('2026-08-30T03:00:00.000Z')).toEqual({ ok: false, reason: 'OUTSIDE_AVAILABILITY' }); // on the horizon, 23:00 local
    expect(explain('2026-08-30T13:00:00.000Z')).toEqual({ ok: false, reason: 'BEYOND_HORIZON' });
  });

  it('gives OUTSIDE_AVAILABILITY off hours, off the step grid and in time off', () => {
    expect(explain('2026-06-01T23:00:00.000Z')).toEqual({ ok: false, reason: 'OUTSIDE_AVAILABILITY' }); // 19:00 local
    expect(explain('2026-06-01T19:10:00.000Z')).toEqual({ ok: false, reason: 'OUTSIDE_AVAILABILITY' }); // 15:10 local
    expect(explain('2026-06-02T15:00:00.000Z')).toEqual({ ok: false, reason: 'OUTSIDE_AVAILABILITY' }); // Tuesday off
  });

  it('gives SLOT_TAKEN when the visit or its buffer meets an appointment', () => {
    expect(explain('2026-06-01T17:00:00.000Z')).toEqual({ ok: false, reason: 'SLOT_TAKEN' });
    expect(explain('2026-06-01T16:00:00.000Z')).toEqual({ ok: false, reason: 'SLOT_TAKEN' }); // 15 min after overlaps
    expect(explain('2026-06-01T15:00:00.000Z').ok).toBe(true);
  });

  it('checks the clinic asked for, for IN_CLINIC visits', () => {
    const clinics = therapist({
      rules: [rule({ modality: 'IN_CLINIC', clinicId: 'north' }), rule({ modality: 'IN_CLINIC', clinicId: 'south' })],
    });
    const inClinic = visitRules({ modality: 'IN_CLINIC', minNoticeMinutes: 12 * 60 });
    const start = at('2026-06-01T15:00:00.000Z');
    expect(explainSlot(clinics, inClinic, start, now, 'south')).toMatchObject({ ok: true, slot: { clinicId: 'south' } });
    expect(explainSlot(clinics, inClinic, start, now)).toMatchObject({ ok: true, slot: { clinicId: 'north' } });
    expect(explainSlot(clinics, inClinic, start, now, 'east')).toEqual({ ok: false, reason: 'OUTSIDE_AVAILABILITY' });
  });

  it('agrees with findOpenSlots on every hour of a week', () => {
    const offered = new Set(findOpenSlots(schedule, visit, { from: now, to: now + 7 * 86_400_000, now }).map((s) => s.start));
    for (let start = now; start < now + 7 * 86_400_000; start += 3_600_000) {
      expect(explainSlot(schedule, visit, start, now).ok).toBe(offered.has(start));
    }
    expect(offered.size).toBeGreaterThan(30);
  });
});

describe('visit rules', () => {
  it('refuses a zero duration or step, which could never make progress', () => {
    const query = { from: at(MONDAY), to: at(TUESDAY), now: at(MONDAY) };
    expect(() => findOpenSlots(therapist(), visitRules({ slotStepMinutes: 0 }), query)).toThrow(RangeError);
    expect(() => findOpenSlotsForAll([], visitRules({ durationMinutes: 0 }), query)).toThrow(RangeError);
  });
});
