import { describe, expect, it } from 'vitest';
import {
  columnWindow,
  gridDay,
  hourMarks,
  instantAtOffset,
  nowOffset,
  placeBlocks,
  placeSpan,
  visibleWallRange,
} from './calendar-grid';
import { MINUTE_MS, wallTimeToInstant } from './zoned-time';

const NY = 'America/New_York';
const LONDON = 'Europe/London';
const SYDNEY = 'Australia/Sydney';

const at = (date: string, hhmm: string, zone: string) => {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return wallTimeToInstant(date, h * 60 + m, zone)!;
};
const visit = (id: string, start: number, minutes: number, bufferAfter = 0) => ({
  id,
  start,
  end: start + minutes * MINUTE_MS,
  blockStart: start,
  blockEnd: start + (minutes + bufferAfter) * MINUTE_MS,
});

describe('gridDay and hourMarks across clock changes', () => {
  const cases: [string, string, number, number[]][] = [
    // zone, date, minutes in the day, wall hours of the first four marks
    [NY, '2026-03-08', 1380, [0, 1, 3, 4]],
    [NY, '2026-11-01', 1500, [0, 1, 1, 2]],
    [LONDON, '2026-03-29', 1380, [0, 2, 3, 4]],
    [LONDON, '2026-10-25', 1500, [0, 1, 1, 2]],
    [SYDNEY, '2026-10-04', 1380, [0, 1, 3, 4]],
    [SYDNEY, '2026-04-05', 1500, [0, 1, 2, 2]],
    [NY, '2026-06-10', 1440, [0, 1, 2, 3]],
  ];
  it.each(cases)('%s on %s is %i minutes long, marks read %j', (zone, date, minutes, firstHours) => {
    const day = gridDay(date, zone);
    expect(day.minutes).toBe(minutes);
    const marks = hourMarks(day, zone);
    expect(marks).toHaveLength(minutes / 60);
    expect(marks.slice(0, 4).map((m) => m.wallMinute / 60)).toEqual(firstHours);
    expect(marks.at(-1)!.wallMinute).toBe(23 * 60);
  });

  it('places a 9:00 visit at its elapsed offset, an hour earlier on a 23-hour day, later on a 25-hour one', () => {
    for (const [date, zone, offset] of [
      ['2026-03-08', NY, 8 * 60],
      ['2026-11-01', NY, 10 * 60],
      ['2026-06-10', NY, 9 * 60],
      ['2026-03-29', LONDON, 8 * 60],
      ['2026-10-25', LONDON, 10 * 60],
      ['2026-10-04', SYDNEY, 8 * 60],
      ['2026-04-05', SYDNEY, 10 * 60],
    ] as const) {
      const day = gridDay(date, zone);
      const [block] = placeBlocks(day, [visit('a', at(date, '09:00', zone), 45)]);
      expect(block, `${zone} ${date}`).toMatchObject({ top: offset, height: 45, lane: 0, lanes: 1 });
      expect(instantAtOffset(day, offset)).toBe(at(date, '09:00', zone));
    }
  });

  it('sizes a visit over the repeated hour by its real duration (fall back in New York)', () => {
    const day = gridDay('2026-11-01', NY);
    const start = at('2026-11-01', '01:30', NY); // the first 1:30
    const [block] = placeBlocks(day, [visit('a', start, 60)]);
    expect(block).toMatchObject({ top: 90, height: 60 });
  });

  it('columns of a wall range line up, except on the day whose clock change falls inside it', () => {
    const range = { from: 0, to: 12 * 60 };
    expect(columnWindow(gridDay('2026-03-07', NY), range, NY)).toEqual({ top: 0, bottom: 720 });
    expect(columnWindow(gridDay('2026-03-08', NY), range, NY)).toEqual({ top: 0, bottom: 660 });
    expect(columnWindow(gridDay('2026-04-05', SYDNEY), range, SYDNEY)).toEqual({ top: 0, bottom: 780 });
    // A working-hours range after the change starts at the same wall time on every day.
    const working = { from: 7 * 60, to: 19 * 60 };
    expect(columnWindow(gridDay('2026-03-08', NY), working, NY)).toEqual({ top: 360, bottom: 1080 });
    expect(columnWindow(gridDay('2026-10-25', LONDON), working, LONDON)).toEqual({ top: 480, bottom: 1200 });
    expect(columnWindow(gridDay('2026-10-25', LONDON), { from: 0, to: 1440 }, LONDON)).toEqual({ top: 0, bottom: 1500 });
  });
});

describe('placeBlocks', () => {
  const date = '2026-06-10';
  const day = gridDay(date, NY);
  const t = (hhmm: string) => at(date, hhmm, NY);

  it('puts overlapping visits side by side, and a later separate visit back to one lane', () => {
    const placed = placeBlocks(day, [
      visit('a', t('09:00'), 60),
      visit('b', t('09:30'), 60),
      visit('c', t('10:00'), 30),
      visit('d', t('12:00'), 30),
    ]);
    const byId = Object.fromEntries(placed.map((p) => [p.item.id, p]));
    expect(byId.a).toMatchObject({ lane: 0, lanes: 2 });
    expect(byId.b).toMatchObject({ lane: 1, lanes: 2 });
    expect(byId.c).toMatchObject({ lane: 0, lanes: 2 }); // a ended at 10:00, so c takes its lane
    expect(byId.d).toMatchObject({ lane: 0, lanes: 1 });
  });

  it('three at once need three lanes; back-to-back visits do not overlap', () => {
    const three = placeBlocks(day, [visit('a', t('09:00'), 60), visit('b', t('09:00'), 30), visit('c', t('09:15'), 30)]);
    expect(three.map((p) => [p.item.id, p.lane, p.lanes])).toEqual([
      ['a', 0, 3],
      ['b', 1, 3],
      ['c', 2, 3],
    ]);
    const backToBack = placeBlocks(day, [visit('a', t('09:00'), 30), visit('b', t('09:30'), 30)]);
    expect(backToBack.map((p) => p.lanes)).toEqual([1, 1]);
  });

  it('draws the buffers as the blocked span and clips a visit running past midnight', () => {
    const [withBuffer] = placeBlocks(day, [visit('a', t('09:00'), 30, 15)]);
    expect(withBuffer).toMatchObject({ top: 540, height: 30, blockTop: 540, blockHeight: 45 });
    const [late] = placeBlocks(day, [visit('late', t('23:30'), 60)]);
    expect(late).toMatchObject({ top: 1410, height: 30 });
    expect(placeBlocks(day, [visit('other day', t('09:00') + 86_400_000, 30)])).toEqual([]);
  });

  it('placeSpan clips, nowOffset finds the line', () => {
    expect(placeSpan(day, t('08:00') - 86_400_000, t('10:00'))).toEqual({ top: 0, height: 600 });
    expect(placeSpan(day, t('08:00') - 86_400_000, day.start)).toBeNull();
    expect(nowOffset(day, t('13:15'))).toBe(795);
    expect(nowOffset(day, day.end)).toBeNull();
  });
});

describe('visibleWallRange', () => {
  it('defaults to 7:00–19:00 and widens to whole hours around early and late visits', () => {
    const days = [gridDay('2026-06-10', NY), gridDay('2026-06-11', NY)];
    expect(visibleWallRange(days, [], NY)).toEqual({ from: 420, to: 1140 });
    const early = { start: at('2026-06-11', '06:30', NY), end: at('2026-06-11', '07:00', NY) };
    const late = { start: at('2026-06-10', '19:00', NY), end: at('2026-06-10', '19:45', NY) };
    expect(visibleWallRange(days, [early, late], NY)).toEqual({ from: 360, to: 1200 });
    const elsewhere = { start: at('2026-06-20', '03:00', NY), end: at('2026-06-20', '04:00', NY) };
    expect(visibleWallRange(days, [elsewhere], NY)).toEqual({ from: 420, to: 1140 });
  });
});
