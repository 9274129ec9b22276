import { describe, expect, it } from 'vitest';
import ical from 'ical-generator';
import { icalZonedTime } from './ical-zoned-time';

const dtstart = (start: Date, timezone: string) => {
  const calendar = ical();
  calendar.createEvent({
    start: icalZonedTime(start, timezone),
    end: icalZonedTime(new Date(start.getTime() + 3_600_000), timezone),
    timezone,
    summary: 'x',
  });
  return /DTSTART;TZID=([^:]+):(\d{8}T\d{6})/.exec(calendar.toString())?.slice(1);
};

describe('icalZonedTime', () => {
  it('has the wall clock of the zone, not of the process', () => {
    const t = icalZonedTime(new Date('2026-10-04T00:30:00Z'), 'Australia/Sydney');
    // Sydney moved to daylight time (UTC+11) at 02:00 local on 4 October 2026.
    expect([t.year, t.month, t.day, t.hour, t.minute, t.second]).toEqual([2026, 10, 4, 11, 30, 0]);
    expect(t.toInstant().epochMilliseconds).toBe(Date.parse('2026-10-04T00:30:00Z'));
  });

  it('writes both 01:30s of a fall-back night as 01:30 under the TZID', () => {
    // New York falls back at 02:00 EDT on 1 November 2026: 05:30Z and 06:30Z both read 01:30.
    expect(dtstart(new Date('2026-11-01T05:30:00Z'), 'America/New_York')).toEqual(['America/New_York', '20261101T013000']);
    expect(dtstart(new Date('2026-11-01T06:30:00Z'), 'America/New_York')).toEqual(['America/New_York', '20261101T013000']);
    expect(dtstart(new Date('2026-03-08T07:00:00Z'), 'America/New_York')).toEqual(['America/New_York', '20260308T030000']);
  });
});
