// Who may see or change an appointment: its patient, its therapist, and admins of its practice
// (or network admins). Anyone else is told it does not exist. Staff *reading* one (the API, the
// therapist's visit page) also need the patient in their care (lib/care/care-relationship.ts), so
// a hold or a released checkout opens nothing, and every staff read is audited.
import { db } from '../db';
import { AppError } from '../errors';
import type { SessionUser } from '../auth/roles';
import { recordPhiRead } from '../audit/record-phi-read';
import { mayReadPatient } from '../care/care-relationship';
import { appointmentSelect, type AppointmentRecord } from './appointment-view';

export function canAccess(actor: SessionUser, a: AppointmentRecord): boolean {
  if (actor.role === 'PATIENT') return a.patient.userId === actor.id;
  if (actor.role === 'THERAPIST') return a.therapist.userId === actor.id;
  return actor.practiceId === null || actor.practiceId === a.therapist.practiceId;
}

/** The appointment for a change (cancel, reschedule, close, video): each change audits itself. */
export async function findManageableAppointment(actor: SessionUser, id: string): Promise<AppointmentRecord> {
  const appointment = await db().appointment.findUnique({ where: { id }, select: appointmentSelect });
  if (!appointment || !canAccess(actor, appointment)) throw new AppError('NOT_FOUND', 'Appointment not found.');
  return appointment;
}

/** The appointment for reading: staff need the care relationship, and their read is recorded. */
export async function findAccessibleAppointment(actor: SessionUser, id: string): Promise<AppointmentRecord> {
  const appointment = await findManageableAppointment(actor, id);
  if (actor.role === 'PATIENT') return appointment;
  if (!(await mayReadPatient(actor, appointment.patientId))) throw new AppError('NOT_FOUND', 'Appointment not found.');
  await recordPhiRead(actor, {
    action: 'appointment.read',
    entityType: 'Appointment',
    entityId: appointment.id,
    patientIds: [appointment.patientId],
    practiceId: appointment.therapist.practiceId,
  });
  return appointment;
}
