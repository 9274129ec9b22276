import { describe, expect, it } from 'vitest';
import { zoneTimeline } from './zone-timeline';
import {
  addDays,
  instantOfWall,
  instantOfWallLenient,
  isoWeekday,
  localDateOf,
  wallDayOf,
  wallTimeToInstant,
  wallTimeToInstantLenient,
  zoneOffsetMs,
} from './zoned-time';

const NEW_YORK = 'America/New_York';
const LONDON = 'Europe/London';
const SYDNEY = 'Australia/Sydney';
const HOUR = 3_600_000;

const at = (iso: string) => Date.parse(iso);
const iso = (instant: number | null) => (instant === null ? null : new Date(instant).toISOString());
const minutes = (hours: number, mins = 0) => hours * 60 + mins;
const strict = (date: string, hours: number, mins: number, zone: string) =>
  iso(wallTimeToInstant(date, minutes(hours, mins), zone));
const lenient = (date: string, hours: number, mins: number, zone: string) =>
  iso(wallTimeToInstantLenient(date, minutes(hours, mins), zone));

describe('zoneOffsetMs', () => {
  it('is local minus UTC, switching at the transition instant', () => {
    expect(zoneOffsetMs(at('2026-03-08T06:59:59.000Z'), NEW_YORK)).toBe(-5 * HOUR);
    expect(zoneOffsetMs(at('2026-03-08T07:00:00.000Z'), NEW_YORK)).toBe(-4 * HOUR);
    expect(zoneOffsetMs(at('2026-03-08T07:00:00.500Z'), NEW_YORK)).toBe(-4 * HOUR);
    expect(zoneOffsetMs(at('2026-11-01T05:59:59.000Z'), NEW_YORK)).toBe(-4 * HOUR);
    expect(zoneOffsetMs(at('2026-11-01T06:00:00.000Z'), NEW_YORK)).toBe(-5 * HOUR);
    expect(zoneOffsetMs(at('2026-01-15T12:00:00.000Z'), SYDNEY)).toBe(11 * HOUR);
    expect(zoneOffsetMs(at('2026-07-15T12:00:00.000Z'), SYDNEY)).toBe(10 * HOUR);
    expect(zoneOffsetMs(at('2026-07-15T12:00:00.000Z'), 'Asia/Kolkata')).toBe(5.5 * HOUR);
    expect(zoneOffsetMs(at('2026-07-15T12:00:00.000Z'), 'UTC')).toBe(0);
  });
});

describe('localDateOf', () => {
  it('gives the date the clock in the zone shows', () => {
    expect(localDateOf(at('2026-03-09T03:59:59.000Z'), NEW_YORK)).toBe('2026-03-08');
    expect(localDateOf(at('2026-03-09T04:00:00.000Z'), NEW_YORK)).toBe('2026-03-09');
    expect(localDateOf(at('2026-06-30T13:59:59.000Z'), SYDNEY)).toBe('2026-06-30');
    expect(localDateOf(at('2026-06-30T14:00:00.000Z'), SYDNEY)).toBe('2026-07-01');
    expect(localDateOf(at('2026-12-31T23:30:00.000Z'), LONDON)).toBe('2026-12-31');
  });
});

describe('addDays and isoWeekday', () => {
  it('does calendar arithmetic with no zone, across months, years, leap days and DST', () => {
    expect(addDays('2026-03-07', 2)).toBe('2026-03-09');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-06-01', 90)).toBe('2026-08-30');
  });

  it('numbers weekdays 1 = Monday … 7 = Sunday', () => {
    expect(isoWeekday('2026-03-08')).toBe(7);
    expect(isoWeekday('2026-03-09')).toBe(1);
    expect(isoWeekday('2026-01-01')).toBe(4);
    expect(isoWeekday('2028-02-29')).toBe(2);
  });

  it('refuses something that is not a YYYY-MM-DD date', () => {
    expect(() => addDays('8/3/2026', 1)).toThrow(RangeError);
    expect(() => wallTimeToInstant('2026-3-8', 0, NEW_YORK)).toThrow(RangeError);
  });
});

describe('wallTimeToInstant in America/New_York', () => {
  it('gives 09:00 local on either side of spring forward (2026-03-08)', () => {
    expect(strict('2026-03-07', 9, 0, NEW_YORK)).toBe('2026-03-07T14:00:00.000Z');
    expect(strict('2026-03-08', 9, 0, NEW_YORK)).toBe('2026-03-08T13:00:00.000Z');
    expect(strict('2026-03-09', 9, 0, NEW_YORK)).toBe('2026-03-09T13:00:00.000Z');
  });

  it('has no 02:00–02:59 on spring-forward day', () => {
    expect(strict('2026-03-08', 1, 59, NEW_YORK)).toBe('2026-03-08T06:59:00.000Z');
    expect(strict('2026-03-08', 2, 0, NEW_YORK)).toBeNull();
    expect(strict('2026-03-08', 2, 30, NEW_YORK)).toBeNull();
    expect(strict('2026-03-08', 2, 59, NEW_YORK)).toBeNull();
    expect(strict('2026-03-08', 3, 0, NEW_YORK)).toBe('2026-03-08T07:00:00.000Z');
  });

  it('gives the first (EDT) occurrence of the repeated hour on fall-back day (2026-11-01)', () => {
    expect(strict('2026-10-31', 9, 0, NEW_YORK)).toBe('2026-10-31T13:00:00.000Z');
    expect(strict('2026-11-01', 0, 59, NEW_YORK)).toBe('2026-11-01T04:59:00.000Z');
    expect(strict('2026-11-01', 1, 0, NEW_YORK)).toBe('2026-11-01T05:00:00.000Z');
    expect(strict('2026-11-01', 1, 30, NEW_YORK)).toBe('2026-11-01T05:30:00.000Z');
    expect(strict('2026-11-01', 2, 0, NEW_YORK)).toBe('2026-11-01T07:00:00.000Z');
    expect(strict('2026-11-01', 9, 0, NEW_YORK)).toBe('2026-11-01T14:00:00.000Z');
    expect(strict('2026-11-02', 9, 0, NEW_YORK)).toBe('2026-11-02T14:00:00.000Z');
  });

  it('leniently maps a skipped time to the instant the clock jumps to, and accepts 24:00', () => {
    expect(lenient('2026-03-08', 2, 0, NEW_YORK)).toBe('2026-03-08T07:00:00.000Z');
    expect(lenient('2026-03-08', 2, 30, NEW_YORK)).toBe('2026-03-08T07:00:00.000Z');
    expect(lenient('2026-03-08', 1, 59, NEW_YORK)).toBe('2026-03-08T06:59:00.000Z');
    expect(lenient('2026-11-01', 1, 30, NEW_YORK)).toBe('2026-11-01T05:30:00.000Z');
    expect(lenient('2026-03-08', 24, 0, NEW_YORK)).toBe('2026-03-09T04:00:00.000Z');
    expect(lenient('2026-11-01', 24, 0, NEW_YORK)).toBe('2026-11-02T05:00:00.000Z');
  });
});

describe('wallTimeToInstant in Europe/London (transitions at 01:00 UTC)', () => {
  it('gives 09:00 local either side of 2026-03-29 and 2026-10-25', () => {
    expect(strict('2026-03-28', 9, 0, LONDON)).toBe('2026-03-28T09:00:00.000Z');
    expect(strict('2026-03-29', 9, 0, LONDON)).toBe('2026-03-29T08:00:00.000Z');
    expect(strict('2026-03-30', 9, 0, LONDON)).toBe('2026-03-30T08:00:00.000Z');
    expect(strict('2026-10-24', 9, 0, LONDON)).toBe('2026-10-24T08:00:00.000Z');
    expect(strict('2026-10-25', 9, 0, LONDON)).toBe('2026-10-25T09:00:00.000Z');
    expect(strict('2026-10-26', 9, 0, LONDON)).toBe('2026-10-26T09:00:00.000Z');
  });

  it('skips 01:00–01:59 in March and takes the BST 01:30 in October', () => {
    expect(strict('2026-03-29', 0, 59, LONDON)).toBe('2026-03-29T00:59:00.000Z');
    expect(strict('2026-03-29', 1, 30, LONDON)).toBeNull();
    expect(lenient('2026-03-29', 1, 30, LONDON)).toBe('2026-03-29T01:00:00.000Z');
    expect(strict('2026-03-29', 2, 0, LONDON)).toBe('2026-03-29T01:00:00.000Z');
    expect(strict('2026-10-25', 1, 30, LONDON)).toBe('2026-10-25T00:30:00.000Z');
    expect(strict('2026-10-25', 2, 0, LONDON)).toBe('2026-10-25T02:00:00.000Z');
  });
});

describe('wallTimeToInstant in Australia/Sydney', () => {
  it('repeats 02:00–02:59 when DST ends on 2026-04-05 (03:00 → 02:00), first occurrence wins', () => {
    expect(strict('2026-04-04', 9, 0, SYDNEY)).toBe('2026-04-03T22:00:00.000Z');
    expect(strict('2026-04-05', 1, 59, SYDNEY)).toBe('2026-04-04T14:59:00.000Z');
    expect(strict('2026-04-05', 2, 30, SYDNEY)).toBe('2026-04-04T15:30:00.000Z');
    expect(strict('2026-04-05', 3, 0, SYDNEY)).toBe('2026-04-04T17:00:00.000Z');
    expect(strict('2026-04-05', 9, 0, SYDNEY)).toBe('2026-04-04T23:00:00.000Z');
    expect(strict('2026-04-06', 9, 0, SYDNEY)).toBe('2026-04-05T23:00:00.000Z');
  });

  it('skips 02:00–02:59 when DST starts on 2026-10-04 (02:00 → 03:00)', () => {
    expect(strict('2026-10-03', 9, 0, SYDNEY)).toBe('2026-10-02T23:00:00.000Z');
    expect(strict('2026-10-04', 1, 59, SYDNEY)).toBe('2026-10-03T15:59:00.000Z');
    expect(strict('2026-10-04', 2, 30, SYDNEY)).toBeNull();
    expect(lenient('2026-10-04', 2, 30, SYDNEY)).toBe('2026-10-03T16:00:00.000Z');
    expect(strict('2026-10-04', 3, 0, SYDNEY)).toBe('2026-10-03T16:00:00.000Z');
    expect(strict('2026-10-04', 9, 0, SYDNEY)).toBe('2026-10-03T22:00:00.000Z');
    expect(strict('2026-10-05', 9, 0, SYDNEY)).toBe('2026-10-04T22:00:00.000Z');
  });
});

describe('wallTimeToInstant in zones with half-hour offsets', () => {
  it('handles a 30-minute DST shift (Australia/Lord_Howe) and a fixed +05:30 (Asia/Kolkata)', () => {
    expect(strict('2026-10-04', 2, 15, 'Australia/Lord_Howe')).toBeNull();
    expect(lenient('2026-10-04', 2, 15, 'Australia/Lord_Howe')).toBe('2026-10-03T15:30:00.000Z');
    expect(strict('2026-10-04', 2, 30, 'Australia/Lord_Howe')).toBe('2026-10-03T15:30:00.000Z');
    expect(strict('2026-04-05', 1, 45, 'Australia/Lord_Howe')).toBe('2026-04-04T14:45:00.000Z');
    expect(strict('2026-07-01', 9, 0, 'Asia/Kolkata')).toBe('2026-07-01T03:30:00.000Z');
  });
});

describe('zoneTimeline', () => {
  it('converts the wall times around every 2026 transition exactly as Intl does', () => {
    const windowStart = Date.parse('2026-01-01T00:00:00.000Z');
    for (const zone of [NEW_YORK, LONDON, SYDNEY, 'Australia/Lord_Howe']) {
      const timeline = zoneTimeline(zone, windowStart - 3 * 24 * HOUR, windowStart + 368 * 24 * HOUR);
      // Every zone here changes its clocks on a Sunday, between 01:00 and 03:00 local.
      for (let week = 0; week < 52; week += 1) {
        const date = addDays('2026-01-04', 7 * week);
        for (const minute of [0, 60, 90, 105, 120, 135, 150, 165, 180, 540, 1440]) {
          const wall = wallDayOf(date) + minute * 60_000;
          expect(instantOfWall(timeline.offsetAt, wall)).toBe(wallTimeToInstant(date, minute, zone));
          expect(instantOfWallLenient(timeline.offsetAt, wall)).toBe(wallTimeToInstantLenient(date, minute, zone));
        }
      }
    }
  });

  it('knows where the offset is steady', () => {
    const timeline = zoneTimeline(NEW_YORK, at('2026-03-01T00:00:00.000Z'), at('2026-03-15T00:00:00.000Z'));
    expect(timeline.isSteady(at('2026-03-08T06:00:00.000Z'), at('2026-03-08T06:59:59.999Z'))).toBe(true);
    expect(timeline.isSteady(at('2026-03-08T06:00:00.000Z'), at('2026-03-08T07:00:00.000Z'))).toBe(false);
    expect(timeline.isSteady(at('2026-02-01T00:00:00.000Z'), at('2026-02-01T01:00:00.000Z'))).toBe(false);
  });
});

describe('independence from the process time zone', () => {
  it('gives the same instants whatever TZ the process runs in', () => {
    const conversions = () => [
      strict('2026-03-08', 9, 0, NEW_YORK),
      strict('2026-11-01', 1, 30, NEW_YORK),
      lenient('2026-03-29', 1, 30, LONDON),
      strict('2026-10-04', 9, 0, SYDNEY),
      localDateOf(at('2026-06-30T14:00:00.000Z'), SYDNEY),
      zoneOffsetMs(at('2026-07-15T12:00:00.000Z'), 'Asia/Kolkata'),
    ];
    const inUtc = conversions();
    const original = process.env.TZ;
    try {
      process.env.TZ = 'Pacific/Kiritimati';
      expect(new Date(at('2026-01-01T00:00:00.000Z')).getHours()).toBe(14); // the switch took effect: +14:00
      expect(conversions()).toEqual(inUtc);
    } finally {
      process.env.TZ = original;
    }
    expect(new Date(at('2026-01-01T00:00:00.000Z')).getHours()).toBe(0);
    expect(inUtc).toEqual([
      '2026-03-08T13:00:00.000Z',
      '2026-11-01T05:30:00.000Z',
      '2026-03-29T01:00:00.000Z',
      '2026-10-03T22:00:00.000Z',
      '2026-07-01',
      5.5 * HOUR,
    ]);
  });
});
