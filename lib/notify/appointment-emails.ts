// Sends the patient the email (and calendar file) for something that happened to an
// appointment. Runs from a queued job, possibly a while later, so it re-reads the appointment
// and says nothing when the news is out of date (a "booked" email for a visit since cancelled).
import { db } from '../db';
import { env } from '../env';
import { sendMail } from './mailer';
import { appointmentEmail, type AppointmentEmailKind } from './appointment-email-content';
import { loadEmailVisit, senderAddress } from './load-email-visit';

export type { AppointmentEmailKind } from './appointment-email-content';

const STATUS_FOR: Record<AppointmentEmailKind, string> = {
  booked: 'BOOKED',
  rescheduled: 'BOOKED',
  reassigned: 'BOOKED',
  reminder: 'BOOKED',
  cancelled: 'CANCELLED',
};

export interface AppointmentEmailExtra {
  previousStart?: string;
  /** For 'reassigned': the therapist the visit moved to. Nothing is sent once it has moved on again. */
  therapistId?: string;
  previousTherapistId?: string;
}

/** Returns whether a mail went out (false when the appointment is gone or no longer in that state). */
export async function sendAppointmentEmail(
  kind: AppointmentEmailKind,
  appointmentId: string,
  extra: AppointmentEmailExtra = {},
): Promise<boolean> {
  const found = await loadEmailVisit(appointmentId);
  if (!found || found.status !== STATUS_FOR[kind]) return false;
  if (extra.therapistId && found.therapistId !== extra.therapistId) return false;
  const previousTherapist = extra.previousTherapistId
    ? await db().therapist.findUnique({ where: { id: extra.previousTherapistId }, select: { user: { select: { name: true } } } })
    : null;
  await sendMail(
    appointmentEmail(kind, found.visit, {
      manageUrl: `${env().NEXTAUTH_URL}/patient/appointments`,
      organizerEmail: senderAddress(env().MAIL_FROM),
      ...(extra.previousStart ? { previousStart: new Date(extra.previousStart) } : {}),
      ...(previousTherapist ? { previousTherapistName: previousTherapist.user.name } : {}),
    }),
  );
  return true;
}
