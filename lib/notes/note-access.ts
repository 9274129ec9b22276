// Who may see or write the note of an appointment. Only the appointment's own therapist writes;
// an admin of its practice (or a network admin) reads; the patient reads it once it is signed.
// Staff also need the patient in their care (lib/care; a note exists only for a visit that took
// place, so this holds for every real note). Anyone else is told it does not exist.
import { db } from '../db';
import { AppError } from '../errors';
import type { SessionUser } from '../auth/roles';
import { mayReadPatient } from '../care/care-relationship';

export const noteAppointmentSelect = {
  id: true,
  status: true,
  modality: true,
  startsAt: true,
  endsAt: true,
  checkedInAt: true,
  patientId: true,
  therapistId: true,
  patient: { select: { userId: true } },
  therapist: { select: { userId: true, practiceId: true } },
} as const;

export interface NoteAppointment {
  id: string;
  status: string;
  modality: string;
  startsAt: Date;
  endsAt: Date;
  checkedInAt: Date | null;
  patientId: string;
  therapistId: string;
  patient: { userId: string };
  therapist: { userId: string; practiceId: string };
}

export type NoteReader = 'THERAPIST' | 'ADMIN' | 'PATIENT';

/** How the caller relates to the appointment, or null when it is none of theirs. */
export function readerOf(actor: SessionUser, a: NoteAppointment): NoteReader | null {
  if (actor.role === 'THERAPIST') return a.therapist.userId === actor.id ? 'THERAPIST' : null;
  if (actor.role === 'PATIENT') return a.patient.userId === actor.id ? 'PATIENT' : null;
  return actor.practiceId === null || actor.practiceId === a.therapist.practiceId ? 'ADMIN' : null;
}

async function loadAppointment(id: string): Promise<NoteAppointment | null> {
  return db().appointment.findUnique({ where: { id }, select: noteAppointmentSelect });
}

export async function findNoteAppointmentForReading(
  actor: SessionUser,
  id: string,
): Promise<{ appointment: NoteAppointment; reader: NoteReader }> {
  const appointment = await loadAppointment(id);
  const reader = appointment ? readerOf(actor, appointment) : null;
  if (!appointment || !reader) throw new AppError('NOT_FOUND', 'Appointment not found.');
  if (reader !== 'PATIENT' && !(await mayReadPatient(actor, appointment.patientId)))
    throw new AppError('NOT_FOUND', 'Appointment not found.');
  return { appointment, reader };
}

/** The appointment, when the caller is its therapist. Admins who may read it are told they cannot write. */
export async function findNoteAppointmentForWriting(actor: SessionUser, id: string): Promise<NoteAppointment> {
  const { appointment, reader } = await findNoteAppointmentForReading(actor, id);
  if (reader === 'ADMIN') throw new AppError('FORBIDDEN', 'Only the treating therapist writes visit notes.');
  if (reader !== 'THERAPIST') throw new AppError('NOT_FOUND', 'Appointment not found.');
  return appointment;
}
