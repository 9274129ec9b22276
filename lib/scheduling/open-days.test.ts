import { describe, expect, it } from 'vitest';
import { openDays } from './open-days';

const t = (iso: string) => new Date(iso).getTime();

describe('openDays', () => {
  it('counts distinct starts per date in the given zone, not in UTC', () => {
    const starts = [
      t('2026-03-10T14:00:00Z'),
      t('2026-03-10T14:00:00Z'), // two therapists, one start
      t('2026-03-11T02:00:00Z'), // 10:00 PM on the 10th in New York, the 11th in UTC
      t('2026-03-11T05:00:00Z'), // 1:00 AM on the 11th in New York
    ];
    expect(openDays(starts, 'America/New_York')).toEqual([
      { date: '2026-03-10', count: 2 },
      { date: '2026-03-11', count: 1 },
    ]);
    expect(openDays(starts, 'UTC')).toEqual([
      { date: '2026-03-10', count: 1 },
      { date: '2026-03-11', count: 2 },
    ]);
  });

  it('follows a clock change (New York springs forward on 8 March 2026)', () => {
    // 11:30 PM EST on the 7th, and 11:30 PM EDT on the 8th: each on its own date.
    const starts = [t('2026-03-08T04:30:00Z'), t('2026-03-09T03:30:00Z')];
    expect(openDays(starts, 'America/New_York')).toEqual([
      { date: '2026-03-07', count: 1 },
      { date: '2026-03-08', count: 1 },
    ]);
  });

  it('answers nothing for no starts', () => {
    expect(openDays([], 'Asia/Tokyo')).toEqual([]);
  });
});
