import { describe, expect, it } from 'vitest';
import { addDays, datesFrom, dayNumber, daysBetween, dbDate, isoWeekday, weekStart, spokenDate } from './calendar';

describe('calendar dates', () => {
  it('adds days across months, years and leap days', () => {
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
  });

  it('knows weekdays and the Monday of each week, before 1970 too', () => {
    expect(isoWeekday('2026-03-02')).toBe(1);
    expect(isoWeekday('2026-03-08')).toBe(7);
    expect(isoWeekday('1969-12-31')).toBe(3);
    expect(weekStart('2026-03-08')).toBe('2026-03-02');
    expect(weekStart('2026-03-02')).toBe('2026-03-02');
    expect(weekStart('1970-01-01')).toBe('1969-12-29');
  });

  it('lists dates and converts to database dates', () => {
    expect(datesFrom('2026-02-27', '2026-03-02')).toEqual(['2026-02-27', '2026-02-28', '2026-03-01', '2026-03-02']);
    expect(datesFrom('2026-03-02', '2026-03-01')).toEqual([]);
    expect(dbDate('2026-03-02').toISOString()).toBe('2026-03-02T00:00:00.000Z');
    expect(() => dayNumber('2026-3-2')).toThrow(RangeError);
  });

  it('writes a date the way people say it, for flag texts', () => {
    expect(spokenDate('2026-11-20')).toBe('Friday, November 20, 2026');
    expect(spokenDate('2027-01-03')).toBe('Sunday, January 3, 2027');
  });
});
