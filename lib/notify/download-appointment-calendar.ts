// "Add to calendar": one booked appointment as a published iCalendar event (the same builder and
// the same UID as the emailed invitation, so importing both leaves one event). Only the patient
// whose visit it is may download it; anyone else is told it does not exist.
import { env } from '../env';
import { AppError } from '../errors';
import type { SessionUser } from '../auth/roles';
import { findManageableAppointment } from '../booking/appointment-access';
import { appointmentCalendar } from './appointment-calendar';
import { calendarVisit } from './appointment-email-content';
import { loadEmailVisit, senderAddress } from './load-email-visit';

export interface CalendarDownload {
  filename: string;
  ics: string;
}

export async function downloadAppointmentCalendar(
  actor: SessionUser,
  appointmentId: string,
  now = new Date(),
): Promise<CalendarDownload> {
  if (actor.role !== 'PATIENT') throw new AppError('NOT_FOUND', 'Appointment not found.');
  await findManageableAppointment(actor, appointmentId);
  const found = await loadEmailVisit(appointmentId);
  if (!found) throw new AppError('NOT_FOUND', 'Appointment not found.');
  // A held, cancelled or finished visit has nothing to put in a calendar.
  if (found.status !== 'BOOKED') throw new AppError('VISIT_NOT_BOOKED', 'Only a booked visit can be added to a calendar.');
  const ics = appointmentCalendar(
    calendarVisit(found.visit, {
      manageUrl: `${env().NEXTAUTH_URL}/patient/appointments`,
      organizerEmail: senderAddress(env().MAIL_FROM),
    }),
    'PUBLISH',
    now,
  );
  const day = found.visit.startsAt.toISOString().slice(0, 10);
  return { filename: `rehabit-visit-${day}.ics`, ics };
}
