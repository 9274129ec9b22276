import { describe, expect, it } from 'vitest';
import { wallTimeToInstant } from '@/lib/scheduling/zoned-time';
import type { GridColumn } from './grid-model';
import { movedStart, offsetIn, snappedStart } from './move-target';

const ZONE = 'America/New_York';
const at = (date: string, hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return wallTimeToInstant(date, h * 60 + m, ZONE)!;
};
const column = (key: string, date: string, therapistId = 't1', top = '07:00'): GridColumn => ({
  key,
  therapistId,
  date,
  heading: key,
  headingHref: null,
  isToday: false,
  closed: false,
  clockChange: null,
  topInstant: at(date, top),
  height: 720,
  working: [],
  timeOff: [],
  blocks: [],
  now: null,
});

describe('snappedStart', () => {
  it('rounds a position to the nearest 15 minutes below the column top', () => {
    const c = column('a', '2026-06-10');
    expect(snappedStart(c, 37)).toBe(at('2026-06-10', '07:30'));
    expect(snappedStart(c, 38)).toBe(at('2026-06-10', '07:45'));
    expect(offsetIn(c, at('2026-06-10', '09:00'))).toBe(120);
  });
});

describe('movedStart', () => {
  it('in the same column moves by elapsed minutes', () => {
    const c = column('a', '2026-06-10');
    expect(movedStart(at('2026-06-10', '09:00'), -45, c, c, ZONE)).toBe(at('2026-06-10', '08:15'));
  });

  it('to another day keeps the wall time, across the spring-forward night (a 23-hour day between)', () => {
    const sat = column('sat', '2026-03-07');
    const mon = column('mon', '2026-03-09');
    const start = at('2026-03-07', '09:00');
    const moved = movedStart(start, 15, sat, mon, ZONE)!;
    expect(moved).toBe(at('2026-03-09', '09:15'));
    expect(moved - start).toBe((2 * 24 - 1) * 3_600_000 + 15 * 60_000);
  });

  it('answers null for a wall time the target day skips (2:30 on the spring-forward day)', () => {
    const sat = column('sat', '2026-03-07', 't1', '00:00');
    const sun = column('sun', '2026-03-08', 't1', '00:00');
    expect(movedStart(at('2026-03-07', '02:30'), 0, sat, sun, ZONE)).toBeNull();
  });

  it('to a colleague’s column on the same day keeps the instant (the reassign rule)', () => {
    const mine = column('t1', '2026-11-01', 't1');
    const theirs = column('t2', '2026-11-01', 't2');
    const start = at('2026-11-01', '10:00');
    expect(movedStart(start, 0, mine, theirs, ZONE)).toBe(start);
  });
});
