// The words of the appointment emails, built from a plain description of the visit (no I/O, so
// they can be read and tested on their own). Times are in the patient's zone, with the zone named.
import type { OutgoingMail } from './mailer';
import { escapeHtml, formatVisitTime, formatVisitTimeShort } from './format-visit-time';
import { appointmentCalendar, type CalendarVisit } from './appointment-calendar';

export type AppointmentEmailKind = 'booked' | 'rescheduled' | 'reassigned' | 'cancelled' | 'reminder';

export interface EmailVisit {
  appointmentId: string;
  startsAt: Date;
  endsAt: Date;
  /** Read with the rest of the visit, so the invitation's SEQUENCE matches what it says. */
  revision: number;
  visitName: string;
  durationMinutes: number;
  patient: { name: string; email: string; timezone: string };
  therapistName: string;
  /** e.g. "PT, DPT"; may be empty. */
  therapistCredentials: string;
  practiceName: string;
  /** null for a video visit. */
  clinic: { name: string; address: string; phone: string } | null;
  policy: { freeCancellationHours: number; lateCancellationFeeCents: number; currency: string };
}

export interface EmailContext {
  /** Where the patient reschedules or cancels. */
  manageUrl: string;
  /** Sender address, used as the calendar event's organizer. */
  organizerEmail: string;
  /** For 'rescheduled': the start it moved from. */
  previousStart?: Date;
  /** For 'reassigned': the therapist the visit was with before. */
  previousTherapistName?: string;
}

const VIDEO_WHERE = 'Video visit — join from your Rehabit dashboard 15 minutes before';

function money(cents: number, currency: string): string {
  return new Intl.NumberFormat('en-US', { style: 'currency', currency: currency.toUpperCase() }).format(cents / 100);
}

export function cancellationPolicy(v: EmailVisit): string {
  const { freeCancellationHours: hours, lateCancellationFeeCents: fee, currency } = v.policy;
  if (hours <= 0) return 'You can cancel free of charge any time before the visit.';
  const deadline = formatVisitTime(new Date(v.startsAt.getTime() - hours * 3_600_000), v.patient.timezone);
  const span = hours === 1 ? '1 hour' : `${hours} hours`;
  const late = fee > 0 ? ` After that, a late-cancellation fee of ${money(fee, currency)} applies.` : '';
  return `Cancelling is free until ${span} before the visit (${deadline}).${late}`;
}

interface Section {
  intro: string;
  subject: string;
  after: string[];
}

function sectionFor(kind: AppointmentEmailKind, v: EmailVisit, ctx: EmailContext): Section {
  const label = `${v.visitName} with ${v.therapistName}, ${formatVisitTimeShort(v.startsAt, v.patient.timezone)}`;
  const manage = `To reschedule or cancel, go to ${ctx.manageUrl}`;
  switch (kind) {
    case 'booked':
      return { subject: `Booked: ${label}`, intro: 'Your appointment is booked.', after: [manage, cancellationPolicy(v)] };
    case 'rescheduled': {
      const was = ctx.previousStart ? ` It was on ${formatVisitTime(ctx.previousStart, v.patient.timezone)}.` : '';
      return {
        subject: `Rescheduled: ${label}`,
        intro: `Your appointment has a new time.${was}`,
        after: [manage, cancellationPolicy(v)],
      };
    }
    case 'reassigned': {
      const was = ctx.previousTherapistName ? ` instead of ${ctx.previousTherapistName}` : '';
      return {
        subject: `New therapist: ${label}`,
        intro: `Your visit on ${formatVisitTime(v.startsAt, v.patient.timezone)} is now with ${v.therapistName}${was}. The time and place stay the same.`,
        after: [manage, cancellationPolicy(v)],
      };
    }
    case 'reminder':
      return {
        subject: `Reminder: ${label}`,
        intro: 'A reminder of your upcoming appointment.',
        after: [manage, cancellationPolicy(v)],
      };
    case 'cancelled':
      return {
        subject: `Cancelled: ${label}`,
        intro: 'Your appointment has been cancelled.',
        after: [
          `To book another time, go to ${ctx.manageUrl}`,
          ...(v.clinic ? [`Questions? Call ${v.clinic.name} at ${v.clinic.phone}.`] : []),
        ],
      };
  }
}

function details(v: EmailVisit): [string, string][] {
  const where = v.clinic ? `${v.clinic.name}, ${v.clinic.address} (phone ${v.clinic.phone})` : VIDEO_WHERE;
  return [
    ['What', `${v.visitName} (${v.durationMinutes} minutes)`],
    ['When', formatVisitTime(v.startsAt, v.patient.timezone)],
    ['Where', where],
    ['With', v.therapistCredentials ? `${v.therapistName}, ${v.therapistCredentials}` : v.therapistName],
  ];
}

/** The appointment as the calendar event the patient's invitation and download both describe. */
export function calendarVisit(v: EmailVisit, ctx: Pick<EmailContext, 'manageUrl' | 'organizerEmail'>): CalendarVisit {
  return {
    appointmentId: v.appointmentId,
    startsAt: v.startsAt,
    endsAt: v.endsAt,
    revision: v.revision,
    timezone: v.patient.timezone,
    summary: `${v.visitName} with ${v.therapistName}`,
    description: [
      `${v.visitName} with ${v.therapistName} (${v.practiceName}).`,
      v.clinic ? `Clinic phone: ${v.clinic.phone}.` : VIDEO_WHERE + '.',
      `Reschedule or cancel: ${ctx.manageUrl}`,
    ].join('\n'),
    location: v.clinic ? `${v.clinic.name}, ${v.clinic.address}` : 'Video visit (Rehabit dashboard)',
    organizer: { name: v.clinic?.name ?? v.practiceName, email: ctx.organizerEmail },
    attendee: { name: v.patient.name, email: v.patient.email },
  };
}

function calendarAttachment(kind: AppointmentEmailKind, v: EmailVisit, ctx: EmailContext): OutgoingMail['attachments'] {
  // A reminder changes nothing in the calendar; the invitation came with the booking.
  if (kind === 'reminder') return undefined;
  const method = kind === 'cancelled' ? 'CANCEL' : 'REQUEST';
  const ics = appointmentCalendar(calendarVisit(v, ctx), method);
  return [
    {
      filename: kind === 'cancelled' ? 'cancellation.ics' : 'appointment.ics',
      content: ics,
      contentType: `text/calendar; charset=utf-8; method=${method}`,
    },
  ];
}

export function appointmentEmail(kind: AppointmentEmailKind, v: EmailVisit, ctx: EmailContext): OutgoingMail {
  const s = sectionFor(kind, v, ctx);
  const rows = details(v);
  const calendarNote =
    kind === 'cancelled'
      ? 'The attached calendar file removes the visit from your calendar.'
      : kind === 'reminder'
        ? null
        : 'The attached calendar invitation adds the visit to your calendar.';
  const text = [
    `Hello ${v.patient.name},`,
    '',
    s.intro,
    '',
    ...rows.map(([k, val]) => `${`${k}:`.padEnd(7)}${val}`),
    '',
    ...s.after.flatMap((line) => [line, '']),
    ...(calendarNote ? [calendarNote, ''] : []),
    `— ${v.practiceName}, via Rehabit`,
    '',
  ].join('\n');
  const link = escapeHtml(ctx.manageUrl);
  const htmlAfter = s.after.map((line) => `<p>${escapeHtml(line).replace(link, `<a href="${link}">${link}</a>`)}</p>`).join('');
  const html =
    `<p>Hello ${escapeHtml(v.patient.name)},</p><p>${escapeHtml(s.intro)}</p>` +
    `<table role="presentation" cellpadding="4">${rows
      .map(([k, val]) => `<tr><th align="left" valign="top">${k}</th><td>${escapeHtml(val)}</td></tr>`)
      .join('')}</table>` +
    htmlAfter +
    (calendarNote ? `<p>${escapeHtml(calendarNote)}</p>` : '') +
    `<p>— ${escapeHtml(v.practiceName)}, via Rehabit</p>`;
  const attachments = calendarAttachment(kind, v, ctx);
  return { to: v.patient.email, subject: s.subject, text, html, ...(attachments ? { attachments } : {}) };
}
