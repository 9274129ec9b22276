import { describe, expect, it } from 'vitest';
import { overlapSeconds } from './attendance-overlap';

const t = (hm: string) => new Date(`2026-03-10T${hm}:00Z`);
const stay = (from: string, to: string | null) => ({ joinedAt: t(from), leftAt: to ? t(to) : null });

describe('time both sides were in the room', () => {
  it('is the overlap of the two stays', () => {
    expect(overlapSeconds([stay('14:02', '14:30')], [stay('13:58', '14:25')], t('15:00'))).toBe(23 * 60);
  });

  it('is zero when they never met, or one side never came', () => {
    expect(overlapSeconds([stay('14:00', '14:10')], [stay('14:10', '14:20')], t('15:00'))).toBe(0);
    expect(overlapSeconds([], [stay('14:00', '14:30')], t('15:00'))).toBe(0);
  });

  it('counts a reconnect once: overlapping connections of one side are merged', () => {
    const patient = [stay('14:00', '14:12'), stay('14:10', '14:20'), stay('14:25', '14:30')];
    expect(overlapSeconds(patient, [stay('14:00', '14:30')], t('15:00'))).toBe(25 * 60);
  });

  it('counts a stay still open until the given end', () => {
    expect(overlapSeconds([stay('14:00', null)], [stay('14:05', null)], t('14:20'))).toBe(15 * 60);
  });
});
