import { describe, expect, it } from 'vitest';
import {
  billableCodes,
  dataDaysIn,
  dayUnderConsent,
  deviceCodeStatus,
  instantUnderConsent,
  managementStatus,
  monthDates,
  monthOf,
  periodContaining,
  periodsOverlapping,
  setupCodeMet,
} from './rtm-rules';
import { addDays } from '../plans/calendar';

const days = (start: string, n: number) => Array.from({ length: n }, (_, i) => addDays(start, i));

describe('30-day periods', () => {
  it('numbers periods of 30 dates from the start', () => {
    expect(periodContaining('2026-01-10', '2026-01-09')).toBeNull();
    expect(periodContaining('2026-01-10', '2026-01-10')).toEqual({ number: 1, start: '2026-01-10', end: '2026-02-08' });
    expect(periodContaining('2026-01-10', '2026-02-08')?.number).toBe(1);
    expect(periodContaining('2026-01-10', '2026-02-09')).toEqual({ number: 2, start: '2026-02-09', end: '2026-03-10' });
  });

  it('is 30 dates across the spring-forward and fall-back changes and across month and year ends', () => {
    // US DST starts 2026-03-08 and ends 2026-11-01: a period over either still holds 30 dates.
    expect(periodContaining('2026-02-20', '2026-03-08')).toEqual({ number: 1, start: '2026-02-20', end: '2026-03-21' });
    expect(periodContaining('2026-10-15', '2026-11-01')).toEqual({ number: 1, start: '2026-10-15', end: '2026-11-13' });
    // February of a leap year and a year end.
    expect(periodContaining('2028-02-01', '2028-03-02')).toEqual({ number: 2, start: '2028-03-02', end: '2028-03-31' });
    expect(periodContaining('2026-12-15', '2027-01-13')).toEqual({ number: 1, start: '2026-12-15', end: '2027-01-13' });
    expect(dataDaysIn({ number: 1, start: '2026-02-20', end: '2026-03-21' }, days('2026-02-20', 40))).toBe(30);
  });

  it('lists the periods that overlap a month', () => {
    const { first, last } = monthDates('2026-03');
    expect(periodsOverlapping('2026-01-10', first, last).map((p) => p.number)).toEqual([2, 3]);
    expect(periodsOverlapping('2026-03-31', first, last).map((p) => p.start)).toEqual(['2026-03-31']);
    expect(periodsOverlapping('2026-04-01', first, last)).toEqual([]);
    // A 31-day month can hold two period ends (1 and 31 January).
    const jan = monthDates('2026-01');
    expect(periodsOverlapping('2025-12-03', jan.first, jan.last).map((p) => p.end)).toEqual(['2026-01-01', '2026-01-31']);
  });

  it('knows month lengths', () => {
    expect(monthDates('2026-02')).toEqual({ first: '2026-02-01', last: '2026-02-28' });
    expect(monthDates('2028-02').last).toBe('2028-02-29');
    expect(monthDates('2026-12')).toEqual({ first: '2026-12-01', last: '2026-12-31' });
  });
});

describe('months of time entries in the therapist zone', () => {
  it('puts an evening entry on the last day of the month in that month, though UTC is already next month', () => {
    const lateMarch = new Date('2026-04-01T05:30:00Z'); // 22:30 on 31 March in Los Angeles (PDT)
    expect(monthOf(lateMarch, 'America/Los_Angeles')).toBe('2026-03');
    expect(monthOf(lateMarch, 'America/New_York')).toBe('2026-04');
    expect(monthOf(new Date('2026-11-01T06:30:00Z'), 'America/Chicago')).toBe('2026-11'); // 01:30 CDT, fall-back day
    expect(monthOf(new Date('2026-12-31T23:59:59Z'), 'UTC')).toBe('2026-12');
  });
});

describe('98977 and 98975: 16 days of data in a 30-day period', () => {
  const period = { number: 1, start: '2026-03-01', end: '2026-03-30' };

  it('is not met at 15 days and met at 16', () => {
    const fifteen = dataDaysIn(period, days('2026-03-01', 15));
    expect(fifteen).toBe(15);
    expect(deviceCodeStatus(period, fifteen, '2026-03-31')).toMatchObject({
      met: false,
      missing: '15 of 16 days',
      outlook: 'missed',
    });
    expect(deviceCodeStatus(period, 16, '2026-03-31')).toMatchObject({ met: true, missing: null, outlook: 'met' });
    expect(setupCodeMet(period, 15)).toBe(false);
    expect(setupCodeMet(period, 16)).toBe(true);
    expect(setupCodeMet({ number: 2, start: '2026-03-31', end: '2026-04-29' }, 30)).toBe(false);
  });

  it('counts a day once however often it was logged, and only days inside the period', () => {
    expect(dataDaysIn(period, ['2026-02-28', '2026-03-01', '2026-03-01', '2026-03-30', '2026-03-31'])).toBe(2);
  });

  it('says when a period can no longer reach 16 days, or is about to miss it', () => {
    // 14 days open on 17 March (17–30): needing 16 is already impossible.
    expect(deviceCodeStatus(period, 0, '2026-03-17').outlook).toBe('missed');
    // 16 days open (15–30), 16 needed: every remaining day must have data.
    expect(deviceCodeStatus(period, 0, '2026-03-15').outlook).toBe('at-risk');
    expect(deviceCodeStatus(period, 10, '2026-03-22').outlook).toBe('at-risk'); // 6 needed, 9 open: 3 to spare
    expect(deviceCodeStatus(period, 10, '2026-03-21').outlook).toBe('on-track'); // 6 needed, 10 open: 4 to spare
    expect(deviceCodeStatus(period, 0, '2026-02-01').outlook).toBe('on-track'); // not started yet: all 30 open
  });
});

describe('98980 and 98981: 20 minutes in a calendar month with an interactive communication', () => {
  it('needs 20 minutes: 19 is not enough', () => {
    expect(managementStatus(19, true)).toMatchObject({ first: false, additionalUnits: 0, missing: '19 of 20 minutes' });
    expect(managementStatus(20, true)).toMatchObject({
      first: true,
      additionalUnits: 0,
      missing: '20 of 40 minutes for the next 98981',
    });
  });

  it('needs an interactive communication however long the management took', () => {
    expect(managementStatus(45, false)).toMatchObject({
      first: false,
      additionalUnits: 0,
      missing: 'no interactive communication',
    });
    expect(managementStatus(5, false).missing).toBe('5 of 20 minutes, no interactive communication');
  });

  it('bills one 98981 per further full 20 minutes: 39 → none, 40 → one, 60 → two', () => {
    expect(managementStatus(39, true).additionalUnits).toBe(0);
    expect(managementStatus(40, true).additionalUnits).toBe(1);
    expect(managementStatus(59, true).additionalUnits).toBe(1);
    expect(managementStatus(60, true).additionalUnits).toBe(2);
  });

  it('lists the billable codes', () => {
    expect(billableCodes(true, 1, managementStatus(40, true))).toEqual(['98975', '98977', '98980', '98981']);
    expect(billableCodes(false, 2, managementStatus(20, false))).toEqual(['98977', '98977']);
    expect(billableCodes(false, 0, managementStatus(19, true))).toEqual([]);
  });
});

describe('consent and its withdrawal', () => {
  const consented = new Date('2026-03-05T14:00:00Z');
  const withdrawn = new Date('2026-03-20T16:30:00Z');
  const spans = [{ fromDay: '2026-03-05', untilDay: '2026-03-20', from: consented, until: withdrawn }];

  it("counts data days from the consent's date to the day before the withdrawal's", () => {
    expect(dayUnderConsent(spans, '2026-03-04')).toBe(false);
    expect(dayUnderConsent(spans, '2026-03-05')).toBe(true);
    expect(dayUnderConsent(spans, '2026-03-19')).toBe(true);
    expect(dayUnderConsent(spans, '2026-03-20')).toBe(false);
    expect(dayUnderConsent(spans, '2026-04-01')).toBe(false);
  });

  it('counts minutes from the consent instant up to (not at) the withdrawal instant', () => {
    expect(instantUnderConsent(spans, new Date(consented.getTime() - 1))).toBe(false);
    expect(instantUnderConsent(spans, consented)).toBe(true);
    expect(instantUnderConsent(spans, new Date(withdrawn.getTime() - 1))).toBe(true);
    expect(instantUnderConsent(spans, withdrawn)).toBe(false);
  });

  it('counts again under a new consent, and not in the gap between', () => {
    const again = [...spans, { fromDay: '2026-03-25', untilDay: null, from: new Date('2026-03-25T12:00:00Z'), until: null }];
    expect(dayUnderConsent(again, '2026-03-22')).toBe(false);
    expect(dayUnderConsent(again, '2026-03-25')).toBe(true);
    expect(dayUnderConsent(again, '2027-01-01')).toBe(true);
    expect(instantUnderConsent(again, new Date('2026-03-24T12:00:00Z'))).toBe(false);
    expect(instantUnderConsent(again, new Date('2026-03-26T12:00:00Z'))).toBe(true);
  });

  it('leaves no days open after a withdrawal: a period short of 16 is missed, not at risk', () => {
    const period = { number: 1, start: '2026-03-01', end: '2026-03-30' };
    expect(deviceCodeStatus(period, 12, '2026-03-20').outlook).toBe('on-track'); // 4 needed, 11 open
    expect(deviceCodeStatus(period, 12, '2026-03-20', '2026-03-19')).toMatchObject({
      outlook: 'missed',
      missing: '12 of 16 days',
    });
    expect(deviceCodeStatus(period, 16, '2026-03-20', '2026-03-19').outlook).toBe('met');
    // A withdrawal after the period's end changes nothing.
    expect(deviceCodeStatus(period, 12, '2026-03-20', '2026-04-10').outlook).toBe('on-track');
  });
});
