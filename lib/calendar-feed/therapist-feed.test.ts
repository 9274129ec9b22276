import { describe, expect, it } from 'vitest';
import { feedSummary, privateName, therapistFeed, type FeedAppointment } from './therapist-feed';
import { FEED_TOKEN_PATTERN, hashFeedToken, newFeedToken } from './feed-token';
import { feedParams } from './schemas';

const visit: FeedAppointment = {
  id: 'cmappt1',
  status: 'BOOKED',
  startsAt: new Date('2026-03-09T14:00:00Z'),
  endsAt: new Date('2026-03-09T14:45:00Z'),
  updatedAt: new Date('2026-03-01T00:00:00Z'),
  revision: 0,
  visitTypeName: 'Follow-up',
  patientName: 'Jordan Alexis Miller',
  clinic: null,
};

describe('what the feed tells about a patient', () => {
  it('is the first name and the last initial only', () => {
    expect(privateName('Jordan Alexis Miller')).toBe('Jordan M.');
    expect(privateName('  ana   de la cruz ')).toBe('ana C.');
    expect(privateName('Cher')).toBe('Cher');
    expect(feedSummary(visit)).toBe('Follow-up · Jordan M.');
    expect(feedSummary({ ...visit, status: 'NO_SHOW' })).toBe('No-show: Follow-up · Jordan M.');
  });
});

describe('therapistFeed', () => {
  it("writes each time as the wall-clock time in the therapist's zone, with its VTIMEZONE", () => {
    const text = therapistFeed({ name: 'Maya Chen', timezone: 'America/Chicago' }, [visit], 'https://app.example');
    // 14:00Z on 9 March 2026 is 09:00 CDT (Chicago moved to daylight time on 8 March).
    expect(text).toContain('DTSTART;TZID=America/Chicago:20260309T090000');
    expect(text).toContain('DTEND;TZID=America/Chicago:20260309T094500');
    expect(text).toContain('BEGIN:VTIMEZONE\r\nTZID:America/Chicago');
    expect(text).toContain('LOCATION:Virtual visit');
    expect(text).not.toContain('Miller');
  });
});

describe('feed tokens', () => {
  it('are long random URL-safe strings stored as a SHA-256', () => {
    const a = newFeedToken();
    expect(a).toMatch(FEED_TOKEN_PATTERN);
    expect(newFeedToken()).not.toBe(a);
    expect(hashFeedToken(a)).toMatch(/^[0-9a-f]{64}$/);
    expect(feedParams.parse({ token: `${a}.ics` })).toEqual({ token: a });
    expect(feedParams.safeParse({ token: a }).success).toBe(false);
  });
});
