// The .ics attached to appointment emails (iTIP, RFC 5546): REQUEST adds or updates the event
// in the patient's calendar, CANCEL removes it. One UID per appointment, so a reschedule moves
// the same event instead of adding a second one.
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import { DateTime } from 'luxon';

export interface CalendarVisit {
  appointmentId: string;
  startsAt: Date;
  endsAt: Date;
  /** Changes whenever the appointment does; drives SEQUENCE. */
  updatedAt: Date;
  /** The patient's IANA zone: DTSTART/DTEND carry it as TZID, with a VTIMEZONE block. */
  timezone: string;
  summary: string;
  description: string;
  location: string;
  organizer: { name: string; email: string };
  attendee: { name: string; email: string };
}

export const calendarUid = (appointmentId: string) => `${appointmentId}@rehabit`;

// SEQUENCE must grow with every revision the patient's calendar receives. Seconds since 2025
// grow with updatedAt, need no counter column, and stay far inside a signed 32-bit integer.
const SEQUENCE_EPOCH = Date.UTC(2025, 0, 1);
export const calendarSequence = (updatedAt: Date) => Math.max(0, Math.floor((updatedAt.getTime() - SEQUENCE_EPOCH) / 1000));

export function appointmentCalendar(visit: CalendarVisit, method: 'REQUEST' | 'CANCEL'): string {
  const calendar = ical({
    prodId: { company: 'Rehabit', product: 'Appointments', language: 'EN' },
    method: method === 'REQUEST' ? ICalCalendarMethod.REQUEST : ICalCalendarMethod.CANCEL,
  });
  calendar.timezone({ name: visit.timezone, generator: getVtimezoneComponent });
  // ical-generator writes a plain Date's *process-local* wall time under the TZID; a zoned
  // luxon DateTime makes it write the wall time in the patient's zone.
  const zoned = (d: Date) => DateTime.fromJSDate(d, { zone: visit.timezone });
  calendar.createEvent({
    id: calendarUid(visit.appointmentId),
    sequence: calendarSequence(visit.updatedAt),
    start: zoned(visit.startsAt),
    end: zoned(visit.endsAt),
    timezone: visit.timezone,
    summary: visit.summary,
    description: visit.description,
    location: visit.location,
    organizer: visit.organizer,
    attendees: [{ ...visit.attendee, rsvp: false }],
    status: method === 'REQUEST' ? ICalEventStatus.CONFIRMED : ICalEventStatus.CANCELLED,
  });
  return calendar.toString();
}
