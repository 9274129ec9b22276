// The .ics attached to appointment emails (iTIP, RFC 5546): REQUEST adds or updates the event
// in the patient's calendar, CANCEL removes it. One UID per appointment, so a reschedule moves
// the same event instead of adding a second one.
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import { icalZonedTime } from './ical-zoned-time';

export interface CalendarVisit {
  appointmentId: string;
  startsAt: Date;
  endsAt: Date;
  /** The appointment's revision: rises with every change the patient is emailed about (SEQUENCE). */
  revision: number;
  /** The patient's IANA zone: DTSTART/DTEND carry it as TZID, with a VTIMEZONE block. */
  timezone: string;
  summary: string;
  description: string;
  location: string;
  organizer: { name: string; email: string };
  attendee: { name: string; email: string };
}

export const calendarUid = (appointmentId: string) => `${appointmentId}@rehabit`;

/**
 * The calendar settings both our iCalendar documents share. The generator only writes VTIMEZONE
 * blocks for the zones the events name (TZID); no calendar-level zone name is set, because
 * ical-generator would then write a non-standard TIMEZONE-ID property and format DTSTAMP and
 * LAST-MODIFIED as floating local times, where RFC 5545 requires UTC ("Z").
 */
export const vtimezonesOnly = { name: null, generator: getVtimezoneComponent };

export function appointmentCalendar(visit: CalendarVisit, method: 'REQUEST' | 'CANCEL'): string {
  const calendar = ical({
    prodId: { company: 'Rehabit', product: 'Appointments', language: 'EN' },
    method: method === 'REQUEST' ? ICalCalendarMethod.REQUEST : ICalCalendarMethod.CANCEL,
  });
  calendar.timezone(vtimezonesOnly);
  // ical-generator writes a plain Date's *process-local* wall time under the TZID; a zoned
  // time makes it write the wall time in the patient's zone.
  const zoned = (d: Date) => icalZonedTime(d, visit.timezone);
  calendar.createEvent({
    id: calendarUid(visit.appointmentId),
    // A counter column, not a clock: a reschedule and a cancel in the same second still differ.
    sequence: visit.revision,
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
