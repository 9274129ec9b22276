import { describe, expect, it } from 'vitest';
import { type AppError } from '../errors';
import { assertCheckInAllowed, checkInWindow } from './check-in-window';

const ZONE = 'America/New_York';
const visit = (startsAt: string, over: Partial<{ modality: string; status: string }> = {}) => ({
  modality: 'IN_CLINIC',
  status: 'BOOKED',
  startsAt: new Date(startsAt),
  timezone: ZONE,
  ...over,
});
const refusal = (a: ReturnType<typeof visit>, now: string) => {
  try {
    assertCheckInAllowed(a, new Date(now));
    return null;
  } catch (err) {
    return (err as AppError).message;
  }
};

describe('check-in window', () => {
  it("opens at the start of the visit's local day and closes at its end", () => {
    // 10:00 New York on 2 March 2026 (EST, UTC-5).
    expect(checkInWindow(visit('2026-03-02T15:00:00Z'))).toEqual({
      opensAt: new Date('2026-03-02T05:00:00Z'),
      closesAt: new Date('2026-03-03T05:00:00Z'),
    });
  });

  it('opens three hours ahead for a visit early in the morning', () => {
    // 01:00 New York: from 22:00 the evening before.
    expect(checkInWindow(visit('2026-03-02T06:00:00Z')).opensAt).toEqual(new Date('2026-03-02T03:00:00Z'));
  });

  it('allows an in-clinic booked visit on its day, before and after its start', () => {
    expect(refusal(visit('2026-03-02T15:00:00Z'), '2026-03-02T13:00:00Z')).toBeNull();
    expect(refusal(visit('2026-03-02T15:00:00Z'), '2026-03-02T20:00:00Z')).toBeNull();
  });

  it('refuses the day before, the day after, video visits and visits that are not booked', () => {
    expect(refusal(visit('2026-03-02T15:00:00Z'), '2026-03-01T23:00:00Z')).toMatch(/opens on the day/);
    expect(refusal(visit('2026-03-02T15:00:00Z'), '2026-03-03T05:00:00Z')).toMatch(/is over/);
    expect(refusal(visit('2026-03-02T15:00:00Z', { modality: 'VIRTUAL' }), '2026-03-02T15:00:00Z')).toMatch(/in-clinic/);
    expect(refusal(visit('2026-03-02T15:00:00Z', { status: 'CANCELLED' }), '2026-03-02T15:00:00Z')).toMatch(/cancelled/);
  });
});
