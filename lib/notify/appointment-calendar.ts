// The one iCalendar builder for a single appointment (RFC 5545 text written by ical-generator:
// CRLF line ends, lines folded at 75 octets without splitting a character, TEXT values escaped).
// Two uses, told apart by the iTIP method (RFC 5546):
// - REQUEST / CANCEL: the invitation attached to appointment emails; adds or updates the event
//   in the patient's calendar, or removes it. Times in the patient's zone (TZID + VTIMEZONE).
// - PUBLISH: the "Add to calendar" download. A published event has an organizer and no
//   attendees (RFC 5546 §3.2.1); times in UTC ("Z"), so no VTIMEZONE is needed.
// One UID per appointment for both, so a reschedule moves the same event instead of adding a
// second one, and a download after the emailed invitation does not duplicate it.
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import { icalZonedTime } from './ical-zoned-time';

export interface CalendarVisit {
  appointmentId: string;
  startsAt: Date;
  endsAt: Date;
  /** The appointment's revision: rises with every change the patient is emailed about (SEQUENCE). */
  revision: number;
  /** The patient's IANA zone: invitations carry it as TZID, with a VTIMEZONE block. */
  timezone: string;
  summary: string;
  description: string;
  location: string;
  organizer: { name: string; email: string };
  attendee: { name: string; email: string };
}

export type CalendarMethod = 'REQUEST' | 'CANCEL' | 'PUBLISH';

export const calendarUid = (appointmentId: string) => `${appointmentId}@rehabit`;

/**
 * The calendar settings both our iCalendar documents share. The generator only writes VTIMEZONE
 * blocks for the zones the events name (TZID); no calendar-level zone name is set, because
 * ical-generator would then write a non-standard TIMEZONE-ID property and format DTSTAMP and
 * LAST-MODIFIED as floating local times, where RFC 5545 requires UTC ("Z").
 */
export const vtimezonesOnly = { name: null, generator: getVtimezoneComponent };

const METHOD = {
  REQUEST: ICalCalendarMethod.REQUEST,
  CANCEL: ICalCalendarMethod.CANCEL,
  PUBLISH: ICalCalendarMethod.PUBLISH,
} as const;

/** `stamp` is DTSTAMP, when this text was made (injected by tests). */
export function appointmentCalendar(visit: CalendarVisit, method: CalendarMethod, stamp = new Date()): string {
  const calendar = ical({
    prodId: { company: 'Rehabit', product: 'Appointments', language: 'EN' },
    method: METHOD[method],
  });
  calendar.timezone(vtimezonesOnly);
  const published = method === 'PUBLISH';
  // ical-generator writes a plain Date without a zone in UTC with "Z"; under a TZID it would write
  // the *process-local* wall time, so an invitation gets a zoned time in the patient's zone.
  const time = (d: Date) => (published ? d : icalZonedTime(d, visit.timezone));
  calendar.createEvent({
    id: calendarUid(visit.appointmentId),
    // A counter column, not a clock: a reschedule and a cancel in the same second still differ.
    sequence: visit.revision,
    stamp,
    start: time(visit.startsAt),
    end: time(visit.endsAt),
    ...(published ? {} : { timezone: visit.timezone }),
    summary: visit.summary,
    description: visit.description,
    location: visit.location,
    organizer: visit.organizer,
    attendees: published ? [] : [{ ...visit.attendee, rsvp: false }],
    status: method === 'CANCEL' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  });
  return calendar.toString();
}
