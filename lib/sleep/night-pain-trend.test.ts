import { describe, expect, it } from 'vitest';
import { addDays } from '../plans/calendar';
import { nightPainTrend } from './night-pain-trend';

const TODAY = '2026-03-10';
const nights = (fromBack: number, pains: number[]) =>
  pains.map((p, i) => ({ checkedOn: addDays(TODAY, -(fromBack - i)), painLyingDown: p }));

describe('night pain trend', () => {
  it('flags a rise of 2 or more in the weekly average', () => {
    const t = nightPainTrend([...nights(13, [3, 3, 4, 3]), ...nights(5, [5, 6, 5, 6])], TODAY);
    expect(t.weekBefore).toMatchObject({ from: '2026-02-25', to: '2026-03-03', checkIns: 4, averagePain: 3.3 });
    expect(t.thisWeek).toMatchObject({ from: '2026-03-04', to: '2026-03-10', checkIns: 4, averagePain: 5.5 });
    expect(t.worse).toBe(true);
  });

  it('does not flag a rise under 2, an improvement, or too few check-ins', () => {
    expect(nightPainTrend([...nights(13, [3, 3, 3]), ...nights(3, [4, 5, 4])], TODAY).worse).toBe(false);
    expect(nightPainTrend([...nights(13, [7, 7, 7]), ...nights(3, [2, 2, 2])], TODAY).worse).toBe(false);
    expect(nightPainTrend([...nights(13, [1, 1]), ...nights(3, [9, 9, 9])], TODAY).worse).toBe(false);
  });

  it('ignores nights older than two weeks and counts today', () => {
    const t = nightPainTrend(
      [
        { checkedOn: addDays(TODAY, -14), painLyingDown: 10 },
        { checkedOn: TODAY, painLyingDown: 4 },
      ],
      TODAY,
    );
    expect(t.weekBefore.checkIns).toBe(0);
    expect(t.thisWeek).toMatchObject({ checkIns: 1, averagePain: 4 });
  });
});
