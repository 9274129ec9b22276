import { describe, expect, it } from 'vitest';
import { joinWindow, tokenTtlSeconds, videoAccess, type VideoVisitFacts } from './join-window';

const visit: VideoVisitFacts = {
  modality: 'VIRTUAL',
  status: 'BOOKED',
  startsAt: new Date('2026-03-10T14:00:00Z'),
  endsAt: new Date('2026-03-10T14:30:00Z'),
};
const t = (iso: string) => new Date(`2026-03-10T${iso}Z`);

describe('join window', () => {
  it('opens 15 minutes before the start and closes 15 minutes after the end', () => {
    expect(joinWindow(visit)).toEqual({ opensAt: t('13:45:00'), closesAt: t('14:45:00') });
    expect(videoAccess(visit, t('13:44:59'))).toBe('too-early');
    expect(videoAccess(visit, t('13:45:00'))).toBe('open');
    expect(videoAccess(visit, t('14:44:59'))).toBe('open');
    expect(videoAccess(visit, t('14:45:00'))).toBe('ended');
  });

  it('stays ended once the therapist ended it, inside the window too', () => {
    const ended = { ...visit, videoEndedAt: t('14:10:00') };
    expect(videoAccess(ended, t('14:10:01'))).toBe('ended');
    expect(videoAccess({ ...visit, videoEndedAt: null }, t('14:10:01'))).toBe('open');
    // A visit already closed keeps saying why (completed), not "ended".
    expect(videoAccess({ ...ended, status: 'COMPLETED' }, t('14:10:01'))).toBe('not-booked');
  });

  it('is only for booked virtual visits', () => {
    expect(videoAccess({ ...visit, modality: 'IN_CLINIC' }, t('14:00:00'))).toBe('not-virtual');
    for (const status of ['HELD', 'CANCELLED', 'COMPLETED', 'NO_SHOW'] as const) {
      expect(videoAccess({ ...visit, status }, t('14:00:00'))).toBe('not-booked');
    }
  });

  it('mints tokens that live to the end of the window plus five minutes', () => {
    expect(tokenTtlSeconds(visit, t('14:00:00'))).toBe(45 * 60 + 300);
    expect(tokenTtlSeconds(visit, t('14:44:59.500'))).toBe(1 + 300);
  });
});
