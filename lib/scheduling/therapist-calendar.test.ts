import { describe, expect, it } from 'vitest';
import { calendarWindow, groupByLocalDay, parseLocalDate } from './therapist-calendar';

const HOUR = 3_600_000;
const visit = (iso: string, id = iso) => ({ id, startsAt: new Date(iso) });

describe('calendarWindow', () => {
  it('shows Monday to Sunday around the date, and a spring-forward week is an hour short', () => {
    // 2026-03-08 is the Sunday New York springs forward.
    const week = calendarWindow('week', '2026-03-05', 'America/New_York');
    expect(week.days).toEqual(['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06', '2026-03-07', '2026-03-08']);
    expect(new Date(week.from).toISOString()).toBe('2026-03-02T05:00:00.000Z');
    expect(new Date(week.to).toISOString()).toBe('2026-03-09T04:00:00.000Z');
    expect(week.to - week.from).toBe(7 * 24 * HOUR - HOUR);
    expect([week.previous, week.next]).toEqual(['2026-02-26', '2026-03-12']);
  });

  it('makes the fall-back day 25 hours long in London', () => {
    const day = calendarWindow('day', '2026-10-25', 'Europe/London');
    expect(day.days).toEqual(['2026-10-25']);
    expect(new Date(day.from).toISOString()).toBe('2026-10-24T23:00:00.000Z');
    expect(day.to - day.from).toBe(25 * HOUR);
    expect([day.previous, day.next]).toEqual(['2026-10-24', '2026-10-26']);
  });
});

describe('groupByLocalDay', () => {
  it("puts late-evening visits on the therapist's day across the New York spring-forward", () => {
    const days = ['2026-03-07', '2026-03-08', '2026-03-09'];
    const grouped = groupByLocalDay(
      [
        visit('2026-03-09T03:30:00Z', 'sun-late'), // 23:30 EDT on Sunday the 8th (UTC already says the 9th)
        visit('2026-03-08T04:30:00Z', 'sat-late'), // 23:30 EST on Saturday the 7th
        visit('2026-03-08T07:30:00Z', 'sun-early'), // 03:30 EDT, just after the jump
        visit('2026-03-09T13:00:00Z', 'mon'),
      ],
      days,
      'America/New_York',
    );
    expect(grouped.map((d) => [d.date, d.appointments.map((a) => a.id)])).toEqual([
      ['2026-03-07', ['sat-late']],
      ['2026-03-08', ['sun-early', 'sun-late']],
      ['2026-03-09', ['mon']],
    ]);
  });

  it('keeps both 01:30s of the London fall-back on the same day, in time order', () => {
    const grouped = groupByLocalDay(
      [
        visit('2026-10-25T01:30:00Z', 'second-0130'), // 01:30 GMT
        visit('2026-10-25T00:30:00Z', 'first-0130'), // 01:30 BST
        visit('2026-10-24T23:30:00Z', 'just-after-midnight'), // 00:30 BST on the 25th
        visit('2026-10-24T22:30:00Z', 'saturday'), // 23:30 BST on the 24th
      ],
      ['2026-10-25'],
      'Europe/London',
    );
    expect(grouped).toEqual([
      {
        date: '2026-10-25',
        appointments: [
          visit('2026-10-24T23:30:00Z', 'just-after-midnight'),
          visit('2026-10-25T00:30:00Z', 'first-0130'),
          visit('2026-10-25T01:30:00Z', 'second-0130'),
        ],
      },
    ]);
  });

  it('lists every shown day, empty ones included', () => {
    expect(groupByLocalDay([], ['2026-03-10', '2026-03-11'], 'UTC')).toEqual([
      { date: '2026-03-10', appointments: [] },
      { date: '2026-03-11', appointments: [] },
    ]);
  });
});

describe('parseLocalDate', () => {
  it('accepts real dates only', () => {
    expect(parseLocalDate('2026-03-10')).toBe('2026-03-10');
    expect(parseLocalDate('2026-02-30')).toBeNull();
    expect(parseLocalDate('2026-3-1')).toBeNull();
    expect(parseLocalDate(['2026-03-10'])).toBeNull();
  });
});
