import { describe, expect, it } from 'vitest';
import { isUnansweredTooLong, nextBusinessDay } from './unanswered-rule';

const NY = 'America/New_York';

describe('a patient message unanswered for more than one business day', () => {
  it('skips the weekend for the next business day', () => {
    expect(nextBusinessDay('2026-12-07')).toBe('2026-12-08'); // Monday → Tuesday
    expect(nextBusinessDay('2026-12-04')).toBe('2026-12-07'); // Friday → Monday
    expect(nextBusinessDay('2026-12-05')).toBe('2026-12-07'); // Saturday → Monday
    expect(nextBusinessDay('2026-12-06')).toBe('2026-12-07'); // Sunday → Monday
  });

  it('sent Monday: not on Tuesday, overdue from Wednesday', () => {
    const sent = new Date('2026-12-07T15:00:00Z');
    expect(isUnansweredTooLong(sent, new Date('2026-12-08T22:00:00Z'), NY)).toBe(false);
    expect(isUnansweredTooLong(sent, new Date('2026-12-09T13:30:00Z'), NY)).toBe(true);
  });

  it('sent Friday evening: not over the weekend nor on Monday, overdue on Tuesday', () => {
    const sent = new Date('2026-12-04T23:30:00Z'); // 18:30 Friday in New York
    expect(isUnansweredTooLong(sent, new Date('2026-12-07T20:00:00Z'), NY)).toBe(false);
    expect(isUnansweredTooLong(sent, new Date('2026-12-08T13:30:00Z'), NY)).toBe(true);
  });

  it("reads the dates on the therapist's wall clock", () => {
    // 02:00 UTC Tuesday is still Monday evening in New York: sent Monday there.
    const sent = new Date('2026-12-08T02:00:00Z');
    const wednesdayMorningNy = new Date('2026-12-09T13:30:00Z');
    expect(isUnansweredTooLong(sent, wednesdayMorningNy, NY)).toBe(true);
    expect(isUnansweredTooLong(sent, wednesdayMorningNy, 'UTC')).toBe(false); // Tuesday in UTC
  });
});
