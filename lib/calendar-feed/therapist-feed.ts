// A therapist's schedule as an iCalendar feed they subscribe to from Google, Apple or Outlook.
// Pure: the loader reads the appointments, this writes the text. The feed leaves our system
// and is fetched with only a secret URL, so each event carries as little health information as
// lets the therapist recognize the visit: the visit type and the patient's first name and last
// initial; no diagnosis, notes or contact details (docs/decisions/009).
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { icalZonedTime } from '../notify/ical-zoned-time';
import { vtimezonesOnly } from '../notify/appointment-calendar';

export interface FeedAppointment {
  id: string;
  status: 'BOOKED' | 'COMPLETED' | 'NO_SHOW';
  startsAt: Date;
  endsAt: Date;
  updatedAt: Date;
  /** The appointment's revision (SEQUENCE), as in the patient's invitations. */
  revision: number;
  visitTypeName: string;
  patientName: string;
  /** null for a video visit. */
  clinic: { name: string; address: string } | null;
}

export interface FeedOwner {
  name: string;
  /** The therapist's IANA zone: every DTSTART/DTEND carries it as TZID, with a VTIMEZONE block. */
  timezone: string;
}

/** "Jordan Alexis Miller" → "Jordan M."; one word stays as it is. */
export function privateName(full: string): string {
  const words = full.trim().split(/\s+/).filter(Boolean);
  if (words.length < 2) return words[0] ?? 'Patient';
  return `${words[0]} ${words.at(-1)!.charAt(0).toUpperCase()}.`;
}

export const feedEventUid = (appointmentId: string) => `${appointmentId}.feed@rehabit`;

export function feedSummary(a: FeedAppointment): string {
  const base = `${a.visitTypeName} · ${privateName(a.patientName)}`;
  return a.status === 'NO_SHOW' ? `No-show: ${base}` : base;
}

/** `appUrl` is the app's origin; a video visit's event links to the therapist's visit page. */
export function therapistFeed(owner: FeedOwner, appointments: FeedAppointment[], appUrl: string): string {
  const calendar = ical({
    prodId: { company: 'Rehabit', product: 'Therapist schedule', language: 'EN' },
    method: ICalCalendarMethod.PUBLISH,
    name: `Rehabit — ${owner.name}`,
    description: 'Your Rehabit appointments (read-only). Manage visits in Rehabit.',
    ttl: 60 * 60,
  });
  calendar.timezone(vtimezonesOnly);
  // The calendar's default zone for clients that want one (Google, Apple): the common X- property,
  // not ical-generator's non-standard TIMEZONE-ID.
  calendar.x('X-WR-TIMEZONE', owner.timezone);
  // A zoned time makes ical-generator write the wall time in the therapist's zone
  // (a plain Date would be written in the server's zone under that TZID).
  const zoned = (d: Date) => icalZonedTime(d, owner.timezone);
  for (const a of appointments) {
    const visitUrl = `${appUrl}/therapist/visits/${a.id}`;
    calendar.createEvent({
      id: feedEventUid(a.id),
      sequence: a.revision,
      start: zoned(a.startsAt),
      end: zoned(a.endsAt),
      timezone: owner.timezone,
      lastModified: a.updatedAt, // a plain Date: written in UTC with "Z"
      summary: feedSummary(a),
      location: a.clinic ? `${a.clinic.name}, ${a.clinic.address}` : 'Virtual visit',
      url: visitUrl,
      description: a.clinic ? `Details in Rehabit: ${visitUrl}` : `Virtual visit. Join from Rehabit: ${visitUrl}`,
      status: ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}
