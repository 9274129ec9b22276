// Sends the patient the email (and calendar file) for something that happened to an
// appointment. Runs from a queued job, possibly a while later, so it re-reads the appointment
// and says nothing when the news is out of date (a "booked" email for a visit since cancelled).
import { db } from '../db';
import { env } from '../env';
import { sendMail } from './mailer';
import { appointmentEmail, type AppointmentEmailKind, type EmailVisit } from './appointment-email-content';

export type { AppointmentEmailKind } from './appointment-email-content';

const STATUS_FOR: Record<AppointmentEmailKind, string> = {
  booked: 'BOOKED', rescheduled: 'BOOKED', reassigned: 'BOOKED', reminder: 'BOOKED', cancelled: 'CANCELLED',
};

/** "Rehabit <no-reply@rehabit.test>" → "no-reply@rehabit.test" */
function senderAddress(from: string): string {
  return /<([^>]+)>/.exec(from)?.[1] ?? from.trim();
}

async function loadVisit(appointmentId: string): Promise<{ status: string; therapistId: string; visit: EmailVisit } | null> {
  const a = await db().appointment.findUnique({
    where: { id: appointmentId },
    select: {
      id: true, status: true, startsAt: true, endsAt: true, revision: true, therapistId: true,
      patient: { select: { timezone: true, user: { select: { email: true, name: true } } } },
      therapist: { select: { credentials: true, user: { select: { name: true } }, practice: { select: { brand: true } } } },
      visitType: { select: { name: true, freeCancellationHours: true, lateCancellationFeeCents: true, currency: true } },
      clinic: { select: { name: true, addressLine1: true, addressLine2: true, city: true, state: true, zip: true, phone: true } },
    },
  });
  if (!a) return null;
  const c = a.clinic;
  return {
    status: a.status,
    therapistId: a.therapistId,
    visit: {
      appointmentId: a.id, startsAt: a.startsAt, endsAt: a.endsAt, revision: a.revision,
      visitName: a.visitType.name,
      durationMinutes: Math.round((a.endsAt.getTime() - a.startsAt.getTime()) / 60_000),
      patient: { name: a.patient.user.name, email: a.patient.user.email, timezone: a.patient.timezone },
      therapistName: a.therapist.user.name,
      therapistCredentials: a.therapist.credentials,
      practiceName: a.therapist.practice.brand,
      clinic: c && {
        name: c.name,
        address: [c.addressLine1, c.addressLine2, `${c.city}, ${c.state} ${c.zip}`].filter(Boolean).join(', '),
        phone: c.phone,
      },
      policy: {
        freeCancellationHours: a.visitType.freeCancellationHours,
        lateCancellationFeeCents: a.visitType.lateCancellationFeeCents,
        currency: a.visitType.currency,
      },
    },
  };
}

export interface AppointmentEmailExtra {
  previousStart?: string;
  /** For 'reassigned': the therapist the visit moved to. Nothing is sent once it has moved on again. */
  therapistId?: string;
  previousTherapistId?: string;
}

/** Returns whether a mail went out (false when the appointment is gone or no longer in that state). */
export async function sendAppointmentEmail(
  kind: AppointmentEmailKind, appointmentId: string, extra: AppointmentEmailExtra = {},
): Promise<boolean> {
  const found = await loadVisit(appointmentId);
  if (!found || found.status !== STATUS_FOR[kind]) return false;
  if (extra.therapistId && found.therapistId !== extra.therapistId) return false;
  const previousTherapist = extra.previousTherapistId
    ? await db().therapist.findUnique({ where: { id: extra.previousTherapistId }, select: { user: { select: { name: true } } } })
    : null;
  await sendMail(appointmentEmail(kind, found.visit, {
    manageUrl: `${env().NEXTAUTH_URL}/patient/appointments`,
    organizerEmail: senderAddress(env().MAIL_FROM),
    ...(extra.previousStart ? { previousStart: new Date(extra.previousStart) } : {}),
    ...(previousTherapist ? { previousTherapistName: previousTherapist.user.name } : {}),
  }));
  return true;
}
