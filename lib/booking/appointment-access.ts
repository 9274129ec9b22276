// Who may see or change an appointment: its patient, its therapist, and admins of its practice
// (or network admins). Anyone else is told it does not exist.
import { db } from '../db';
import { AppError } from '../errors';
import type { SessionUser } from '../auth/roles';
import { appointmentSelect, type AppointmentRecord } from './appointment-view';

export function canAccess(actor: SessionUser, a: AppointmentRecord): boolean {
  if (actor.role === 'PATIENT') return a.patient.userId === actor.id;
  if (actor.role === 'THERAPIST') return a.therapist.userId === actor.id;
  return actor.practiceId === null || actor.practiceId === a.therapist.practiceId;
}

export async function findAccessibleAppointment(actor: SessionUser, id: string): Promise<AppointmentRecord> {
  const appointment = await db().appointment.findUnique({ where: { id }, select: appointmentSelect });
  if (!appointment || !canAccess(actor, appointment)) throw new AppError('NOT_FOUND', 'Appointment not found.');
  return appointment;
}
