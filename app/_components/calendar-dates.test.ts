import { describe, expect, it } from 'vitest';
import { addDateDays, addMonths, monthWeeks, parseDateKey, sameDayInMonth } from './calendar-dates';

describe('calendar dates', () => {
  it('lays a month out in Sunday-first weeks', () => {
    // December 2026 starts on a Tuesday and has 31 days.
    const weeks = monthWeeks('2026-12');
    expect(weeks).toHaveLength(5);
    expect(weeks[0]).toEqual([null, null, '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-05']);
    expect(weeks[4]).toEqual(['2026-12-27', '2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31', null, null]);
    // February 2026 starts on a Sunday: exactly four weeks.
    expect(monthWeeks('2026-02')).toHaveLength(4);
  });

  it('steps days and months across year ends and short months', () => {
    expect(addDateDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDateDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addMonths('2026-12', 1)).toBe('2027-01');
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(sameDayInMonth('2026-01-31', 1)).toBe('2026-02-28');
    expect(sameDayInMonth('2026-03-31', -1)).toBe('2026-02-28');
  });

  it('reads only real dates', () => {
    expect(parseDateKey('2026-02-30')).toBeNull();
    expect(parseDateKey('tomorrow')).toBeNull();
    expect(parseDateKey('2026-02-28')?.getDate()).toBe(28);
  });
});
