// The "Add to calendar" file to the letter of RFC 5545: CRLF line ends, lines of at most 75
// octets folded with CRLF + one space (never inside a UTF-8 character), TEXT escaped (\\ \; \, \n),
// DTSTAMP/DTSTART/DTEND in UTC, METHOD:PUBLISH, the same UID as the emailed invitation.
import { describe, expect, it } from 'vitest';
import { parseCalendar } from '@/tests/support/icalendar';
import { appointmentCalendar, calendarUid, type CalendarVisit } from './appointment-calendar';

const visit: CalendarVisit = {
  appointmentId: 'cm0appt42',
  startsAt: new Date('2027-03-09T14:30:00Z'),
  endsAt: new Date('2027-03-09T15:00:00Z'),
  revision: 2,
  timezone: 'America/Phoenix',
  summary: 'Follow-up with Zoë Brontë-Ødegård',
  // Every character TEXT must escape, a line break, and multi-byte characters near where lines fold.
  description:
    'Bring shoes; wear shorts, please.\nPath: C:\\clinic\\room 2\nÅ note: ✓ ✓ ✓ — straße, café, naïve, 😀 and more words so the line folds twice over.',
  location: 'Summit Spine & Sport — Tempe, 1 E Main St, Suite 5, Tempe, AZ 85281',
  organizer: { name: 'Summit Spine & Sport — Tempe', email: 'no-reply@rehabit.test' },
  attendee: { name: 'Kim Nguyen', email: 'kim@example.test' },
};
const stamp = new Date('2026-12-05T16:45:07.123Z');
const published = () => appointmentCalendar(visit, 'PUBLISH', stamp);

/** RFC 5545 §3.1: a content line is unfolded by removing every CRLF followed by one space or tab. */
const unfold = (text: string) => text.replace(/\r\n[ \t]/g, '');
const property = (text: string, name: string) =>
  unfold(text)
    .split('\r\n')
    .filter((line) => line.startsWith(`${name}:`) || line.startsWith(`${name};`));

describe('the published (Add to calendar) file', () => {
  it('ends every line with CRLF and has no bare CR or LF', () => {
    const text = published();
    expect(text.endsWith('END:VCALENDAR')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('folds every line at 75 octets or fewer, continuation lines starting with one space, never inside a character', () => {
    const text = published();
    const lines = text.split('\r\n');
    for (const line of lines) {
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
      // A lone surrogate would mean an emoji was cut in two.
      expect(line).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
    }
    const description = lines.findIndex((l) => l.startsWith('DESCRIPTION:'));
    expect(lines[description + 1]).toMatch(/^ \S/);
    expect(lines[description + 2]).toMatch(/^ /);
    // Unfolding gives back the exact escaped value.
    expect(property(text, 'DESCRIPTION')).toEqual([
      'DESCRIPTION:Bring shoes\\; wear shorts\\, please.\\nPath: C:\\\\clinic\\\\room 2\\nÅ note: ✓ ✓ ✓ — straße\\, ' +
        'café\\, naïve\\, 😀 and more words so the line folds twice over.',
    ]);
  });

  it('escapes TEXT values and a calendar program reads them back unchanged', () => {
    const text = published();
    expect(property(text, 'SUMMARY')).toEqual(['SUMMARY:Follow-up with Zoë Brontë-Ødegård']);
    expect(property(text, 'LOCATION')).toEqual([
      'LOCATION:Summit Spine & Sport — Tempe\\, 1 E Main St\\, Suite 5\\, Tempe\\, AZ 85281',
    ]);
    const [event] = parseCalendar(text).events;
    expect(event?.getFirstPropertyValue('description')).toBe(visit.description);
    expect(event?.getFirstPropertyValue('location')).toBe(visit.location);
    expect(event?.getFirstPropertyValue('summary')).toBe(visit.summary);
  });

  it('is METHOD:PUBLISH with DTSTAMP, DTSTART and DTEND in UTC and no VTIMEZONE or TZID', () => {
    const text = published();
    expect(property(text, 'METHOD')).toEqual(['METHOD:PUBLISH']);
    expect(property(text, 'VERSION')).toEqual(['VERSION:2.0']);
    expect(property(text, 'PRODID')).toHaveLength(1);
    expect(property(text, 'DTSTAMP')).toEqual(['DTSTAMP:20261205T164507Z']);
    expect(property(text, 'DTSTART')).toEqual(['DTSTART:20270309T143000Z']);
    expect(property(text, 'DTEND')).toEqual(['DTEND:20270309T150000Z']);
    expect(text).not.toContain('VTIMEZONE');
    expect(text).not.toContain('TZID');
    expect(property(text, 'STATUS')).toEqual(['STATUS:CONFIRMED']);
    expect(property(text, 'SEQUENCE')).toEqual(['SEQUENCE:2']);
  });

  it('has an organizer and no attendees, as RFC 5546 asks of a published event', () => {
    const text = published();
    expect(property(text, 'ORGANIZER')).toEqual(['ORGANIZER;CN="Summit Spine & Sport — Tempe":mailto:no-reply@rehabit.test']);
    expect(property(text, 'ATTENDEE')).toEqual([]);
  });

  it('keeps one UID per appointment: the same on every download and as in the emailed invitation', () => {
    const uid = `UID:${calendarUid(visit.appointmentId)}`;
    expect(property(published(), 'UID')).toEqual([uid]);
    expect(property(appointmentCalendar(visit, 'PUBLISH', new Date()), 'UID')).toEqual([uid]);
    expect(property(appointmentCalendar(visit, 'REQUEST', stamp), 'UID')).toEqual([uid]);
  });
});

describe('the emailed invitation from the same builder', () => {
  it('keeps the patient’s zone (TZID with its VTIMEZONE) and the attendee', () => {
    const text = appointmentCalendar(visit, 'REQUEST', stamp);
    expect(property(text, 'METHOD')).toEqual(['METHOD:REQUEST']);
    const event = text.slice(text.indexOf('BEGIN:VEVENT'));
    expect(property(event, 'DTSTART')).toEqual(['DTSTART;TZID=America/Phoenix:20270309T073000']);
    expect(text).toContain('BEGIN:VTIMEZONE');
    expect(property(text, 'ATTENDEE')).toHaveLength(1);
    expect(property(text, 'DTSTAMP')).toEqual(['DTSTAMP:20261205T164507Z']);
  });
});
