import { describe, expect, it } from 'vitest';
import {
  dayBounds,
  EVERY_DAY,
  hm,
  LONDON,
  NEW_YORK,
  rule,
  rulesOn,
  startsOf,
  SYDNEY,
  therapist,
  visitRules,
} from './slot-fixtures';

describe('findOpenSlots across DST in America/New_York', () => {
  const nineToFive = therapist({ rules: rulesOn(EVERY_DAY) });

  it('offers 09:00–16:00 local on the days before, of and after spring forward (2026-03-08)', () => {
    const slots = startsOf(nineToFive, visitRules(), '2026-03-07T00:00:00.000Z', '2026-03-10T12:00:00.000Z');
    expect(dayBounds(slots, NEW_YORK)).toEqual([
      '2026-03-07 2026-03-07T14:00:00.000Z..2026-03-07T21:00:00.000Z',
      '2026-03-08 2026-03-08T13:00:00.000Z..2026-03-08T20:00:00.000Z',
      '2026-03-09 2026-03-09T13:00:00.000Z..2026-03-09T20:00:00.000Z',
    ]);
    expect(slots).toHaveLength(24);
  });

  it('offers 09:00–16:00 local on the days before, of and after fall back (2026-11-01)', () => {
    const slots = startsOf(nineToFive, visitRules(), '2026-10-31T00:00:00.000Z', '2026-11-03T12:00:00.000Z');
    expect(dayBounds(slots, NEW_YORK)).toEqual([
      '2026-10-31 2026-10-31T13:00:00.000Z..2026-10-31T20:00:00.000Z',
      '2026-11-01 2026-11-01T14:00:00.000Z..2026-11-01T21:00:00.000Z',
      '2026-11-02 2026-11-02T14:00:00.000Z..2026-11-02T21:00:00.000Z',
    ]);
    expect(slots).toHaveLength(24);
  });

  it('never offers 02:00–02:45 on spring-forward day, and the last hour ends by 04:00 EDT', () => {
    const early = therapist({ rules: [rule({ weekday: 7, startMinute: hm(1), endMinute: hm(4) })] });
    const slots = startsOf(early, visitRules({ slotStepMinutes: 15 }), '2026-03-08T00:00:00.000Z', '2026-03-09T00:00:00.000Z');
    expect(slots).toEqual([
      '2026-03-08T06:00:00.000Z', // 01:00 EST
      '2026-03-08T06:15:00.000Z',
      '2026-03-08T06:30:00.000Z',
      '2026-03-08T06:45:00.000Z', // 01:45 EST
      '2026-03-08T07:00:00.000Z', // 03:00 EDT, ends 04:00 EDT
    ]);
  });

  it('offers 01:30 once on fall-back day, the EDT one', () => {
    const night = therapist({ rules: [rule({ weekday: 7, startMinute: hm(0), endMinute: hm(3) })] });
    const slots = startsOf(
      night,
      visitRules({ durationMinutes: 30, slotStepMinutes: 30 }),
      '2026-11-01T00:00:00.000Z',
      '2026-11-02T00:00:00.000Z',
    );
    expect(slots).toEqual([
      '2026-11-01T04:00:00.000Z', // 00:00 EDT
      '2026-11-01T04:30:00.000Z',
      '2026-11-01T05:00:00.000Z', // 01:00 EDT
      '2026-11-01T05:30:00.000Z', // 01:30 EDT; 01:30 EST (06:30Z) is not offered
      '2026-11-01T07:00:00.000Z', // 02:00 EST
      '2026-11-01T07:30:00.000Z', // 02:30 EST, ends 03:00 EST
    ]);
  });
});

describe('findOpenSlots across DST elsewhere', () => {
  const nineOClock = (zone: string) =>
    therapist({ rules: rulesOn(EVERY_DAY, { timezone: zone, startMinute: hm(9), endMinute: hm(10) }) });
  const night = (zone: string, weekday: number, startMinute: number, endMinute: number) =>
    therapist({ rules: [rule({ weekday, timezone: zone, startMinute, endMinute })] });
  const halfHours = visitRules({ durationMinutes: 30, slotStepMinutes: 30 });

  it('Europe/London: 09:00 local either side of 2026-03-29 and 2026-10-25', () => {
    expect(startsOf(nineOClock(LONDON), visitRules(), '2026-03-28T00:00:00.000Z', '2026-03-31T00:00:00.000Z')).toEqual([
      '2026-03-28T09:00:00.000Z',
      '2026-03-29T08:00:00.000Z',
      '2026-03-30T08:00:00.000Z',
    ]);
    expect(startsOf(nineOClock(LONDON), visitRules(), '2026-10-24T00:00:00.000Z', '2026-10-27T00:00:00.000Z')).toEqual([
      '2026-10-24T08:00:00.000Z',
      '2026-10-25T09:00:00.000Z',
      '2026-10-26T09:00:00.000Z',
    ]);
  });

  it('Europe/London: skips 01:00–01:59 in March, offers the repeated hour once in October', () => {
    expect(startsOf(night(LONDON, 7, hm(0), hm(3)), halfHours, '2026-03-28T12:00:00.000Z', '2026-03-29T12:00:00.000Z')).toEqual([
      '2026-03-29T00:00:00.000Z',
      '2026-03-29T00:30:00.000Z', // 00:00, 00:30 GMT
      '2026-03-29T01:00:00.000Z',
      '2026-03-29T01:30:00.000Z', // 02:00, 02:30 BST
    ]);
    expect(startsOf(night(LONDON, 7, hm(0), hm(3)), halfHours, '2026-10-24T12:00:00.000Z', '2026-10-25T12:00:00.000Z')).toEqual([
      '2026-10-24T23:00:00.000Z',
      '2026-10-24T23:30:00.000Z', // 00:00, 00:30 BST
      '2026-10-25T00:00:00.000Z',
      '2026-10-25T00:30:00.000Z', // 01:00, 01:30 BST
      '2026-10-25T02:00:00.000Z',
      '2026-10-25T02:30:00.000Z', // 02:00, 02:30 GMT
    ]);
  });

  it('Australia/Sydney: 09:00 local either side of 2026-04-05 and 2026-10-04', () => {
    expect(startsOf(nineOClock(SYDNEY), visitRules(), '2026-04-03T12:00:00.000Z', '2026-04-06T12:00:00.000Z')).toEqual([
      '2026-04-03T22:00:00.000Z',
      '2026-04-04T23:00:00.000Z',
      '2026-04-05T23:00:00.000Z',
    ]);
    expect(startsOf(nineOClock(SYDNEY), visitRules(), '2026-10-02T12:00:00.000Z', '2026-10-05T12:00:00.000Z')).toEqual([
      '2026-10-02T23:00:00.000Z',
      '2026-10-03T22:00:00.000Z',
      '2026-10-04T22:00:00.000Z',
    ]);
  });

  it('Australia/Sydney: the repeated hour in April is offered once, the gap in October never', () => {
    expect(startsOf(night(SYDNEY, 7, hm(1), hm(4)), halfHours, '2026-04-04T00:00:00.000Z', '2026-04-05T00:00:00.000Z')).toEqual([
      '2026-04-04T14:00:00.000Z',
      '2026-04-04T14:30:00.000Z', // 01:00, 01:30 AEDT
      '2026-04-04T15:00:00.000Z',
      '2026-04-04T15:30:00.000Z', // 02:00, 02:30 AEDT (not again in AEST)
      '2026-04-04T17:00:00.000Z',
      '2026-04-04T17:30:00.000Z', // 03:00, 03:30 AEST
    ]);
    expect(startsOf(night(SYDNEY, 7, hm(0), hm(4)), halfHours, '2026-10-03T00:00:00.000Z', '2026-10-04T00:00:00.000Z')).toEqual([
      '2026-10-03T14:00:00.000Z',
      '2026-10-03T14:30:00.000Z', // 00:00, 00:30 AEST
      '2026-10-03T15:00:00.000Z',
      '2026-10-03T15:30:00.000Z', // 01:00, 01:30 AEST
      '2026-10-03T16:00:00.000Z',
      '2026-10-03T16:30:00.000Z', // 03:00, 03:30 AEDT
    ]);
  });
});
