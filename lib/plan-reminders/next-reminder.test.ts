import { describe, expect, it } from 'vitest';
import { addDays, localDateOf } from '../scheduling/zoned-time';
import { clockOfMinute, minuteOfClock, nextReminderAt } from './next-reminder';

const at = (iso: string) => new Date(iso);
const next = (clock: string, zone: string, after: string) => {
  const r = nextReminderAt(minuteOfClock(clock)!, zone, at(after));
  return { localDate: r.localDate, at: r.at.toISOString() };
};
/** The wall clock in the zone at an instant, 'YYYY-MM-DD HH:MM'. */
function wall(instant: Date, timeZone: string): string {
  const f = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  });
  return f.format(instant).replace(',', '');
}

describe('nextReminderAt', () => {
  it('is today while the time is still ahead, tomorrow once it has passed', () => {
    // 09:00 in New York (EST): 21:30 tonight is 02:30 UTC on the next UTC date, still local today.
    expect(next('21:30', 'America/New_York', '2026-12-05T14:00:00Z')).toEqual({
      localDate: '2026-12-05',
      at: '2026-12-06T02:30:00.000Z',
    });
    expect(next('08:00', 'America/New_York', '2026-12-05T14:00:00Z')).toEqual({
      localDate: '2026-12-06',
      at: '2026-12-06T13:00:00.000Z',
    });
    // Exactly at the reminder: the next one is tomorrow's (the job asks after its own instant).
    expect(next('08:00', 'America/New_York', '2026-12-06T13:00:00Z').localDate).toBe('2026-12-07');
  });

  describe('America/New_York', () => {
    it('sends a skipped 02:30 once on the spring-forward day, at 03:00 when the clocks jump', () => {
      const day = next('02:30', 'America/New_York', '2026-03-08T05:00:00Z'); // 00:00 EST
      expect(day).toEqual({ localDate: '2026-03-08', at: '2026-03-08T07:00:00.000Z' });
      expect(wall(at(day.at), 'America/New_York')).toBe('2026-03-08 03:00');
      // And back to 02:30 (now EDT) the day after.
      expect(next('02:30', 'America/New_York', day.at)).toEqual({ localDate: '2026-03-09', at: '2026-03-09T06:30:00.000Z' });
    });

    it('sends a repeated 01:30 once on the fall-back day, at its first occurrence', () => {
      const first = next('01:30', 'America/New_York', '2026-11-01T04:00:00Z'); // 00:00 EDT
      expect(first).toEqual({ localDate: '2026-11-01', at: '2026-11-01T05:30:00.000Z' }); // 01:30 EDT
      // Not the second 01:30 (EST, 06:30 UTC): the next one is the following night.
      expect(next('01:30', 'America/New_York', first.at)).toEqual({ localDate: '2026-11-02', at: '2026-11-02T06:30:00.000Z' });
      // Asked between the two 01:30s, still tomorrow.
      expect(next('01:30', 'America/New_York', '2026-11-01T06:00:00Z').localDate).toBe('2026-11-02');
    });

    it('keeps the wall time when the offset changes overnight', () => {
      expect(next('21:30', 'America/New_York', '2026-03-07T12:00:00Z').at).toBe('2026-03-08T02:30:00.000Z'); // EST
      expect(next('21:30', 'America/New_York', '2026-03-08T12:00:00Z').at).toBe('2026-03-09T01:30:00.000Z'); // EDT
    });
  });

  describe('Europe/London', () => {
    it('sends a skipped 01:30 at 02:00 BST on the last Sunday of March', () => {
      expect(next('01:30', 'Europe/London', '2026-03-29T00:00:00Z')).toEqual({
        localDate: '2026-03-29',
        at: '2026-03-29T01:00:00.000Z',
      });
    });

    it('sends a repeated 01:30 once, in BST, on the last Sunday of October', () => {
      const first = next('01:30', 'Europe/London', '2026-10-24T23:30:00Z'); // 00:30 BST
      expect(first).toEqual({ localDate: '2026-10-25', at: '2026-10-25T00:30:00.000Z' });
      expect(next('01:30', 'Europe/London', first.at)).toEqual({ localDate: '2026-10-26', at: '2026-10-26T01:30:00.000Z' });
    });

    it('moves a morning reminder with the clocks: 08:00 local on both sides', () => {
      expect(next('08:00', 'Europe/London', '2026-10-24T12:00:00Z').at).toBe('2026-10-25T08:00:00.000Z'); // GMT from 02:00
      expect(next('08:00', 'Europe/London', '2026-10-23T12:00:00Z').at).toBe('2026-10-24T07:00:00.000Z'); // BST
    });
  });

  describe('Australia/Sydney (southern hemisphere: forward in October, back in April)', () => {
    it('sends a skipped 02:30 at 03:00 AEDT on the first Sunday of October', () => {
      const day = next('02:30', 'Australia/Sydney', '2026-10-03T14:00:00Z'); // 00:00 AEST
      expect(day).toEqual({ localDate: '2026-10-04', at: '2026-10-03T16:00:00.000Z' });
      expect(wall(at(day.at), 'Australia/Sydney')).toBe('2026-10-04 03:00');
    });

    it('sends a repeated 02:30 once, in AEDT, on the first Sunday of April', () => {
      const first = next('02:30', 'Australia/Sydney', '2026-04-04T13:00:00Z'); // 00:00 AEDT
      expect(first).toEqual({ localDate: '2026-04-05', at: '2026-04-04T15:30:00.000Z' });
      expect(next('02:30', 'Australia/Sydney', first.at)).toEqual({ localDate: '2026-04-06', at: '2026-04-05T16:30:00.000Z' });
    });

    it('puts a before-bed reminder on the local date, a UTC day earlier', () => {
      expect(next('21:30', 'Australia/Sydney', '2026-12-05T00:00:00Z')).toEqual({
        localDate: '2026-12-05',
        at: '2026-12-05T10:30:00.000Z',
      });
    });
  });

  it.each([
    ['America/New_York', '2026-02-20T00:00:00Z', '2026-10-20T00:00:00Z'],
    ['Europe/London', '2026-03-10T00:00:00Z', '2026-10-10T00:00:00Z'],
    ['Australia/Sydney', '2026-03-20T00:00:00Z', '2026-09-20T00:00:00Z'],
  ])('in %s, chained day after day across both changes, goes out once every local date', (zone, springish, fallish) => {
    for (const start of [springish, fallish]) {
      for (const clock of ['00:00', '01:30', '02:30', '08:00', '21:30', '23:59']) {
        let after = at(start);
        let previous = localDateOf(after.getTime(), zone);
        // The first reminder may be today's; every later one is on the next local date.
        const first = nextReminderAt(minuteOfClock(clock)!, zone, after);
        expect([previous, addDays(previous, 1)]).toContain(first.localDate);
        previous = first.localDate;
        after = first.at;
        for (let i = 0; i < 45; i++) {
          const r = nextReminderAt(minuteOfClock(clock)!, zone, after);
          expect(r.localDate).toBe(addDays(previous, 1));
          expect(localDateOf(r.at.getTime(), zone)).toBe(r.localDate);
          // The wall clock shows the chosen time, or a later one only on the day it is skipped.
          const shown = wall(r.at, zone).slice(11);
          if (shown !== clock) expect(shown > clock).toBe(true);
          previous = r.localDate;
          after = r.at;
        }
      }
    }
  });
});

describe('clock strings', () => {
  it('reads HH:MM and refuses anything else', () => {
    expect(minuteOfClock('00:00')).toBe(0);
    expect(minuteOfClock('21:30')).toBe(1290);
    expect(minuteOfClock('23:59')).toBe(1439);
    for (const bad of ['24:00', '7:30', '07:60', '07:30:00', ' 07:30', '', '0730']) expect(minuteOfClock(bad)).toBeNull();
    expect(clockOfMinute(1290)).toBe('21:30');
    expect(clockOfMinute(5)).toBe('00:05');
  });

  it('refuses a minute outside the day', () => {
    expect(() => nextReminderAt(1440, 'Europe/London', new Date())).toThrow(RangeError);
  });
});
