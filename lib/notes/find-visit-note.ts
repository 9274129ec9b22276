// The note of one appointment, for its therapist, or for an admin of its practice and its patient
// once signed (a draft is the therapist's working copy, not yet part of the record; the admin
// appointment page says only that a draft exists). Every read is recorded in the audit log.
import { db } from '../db';
import { AppError } from '../errors';
import type { SessionUser } from '../auth/roles';
import { recordAuditEvent } from '../audit/record-audit-event';
import { findNoteAppointmentForReading } from './note-access';
import { noteSelect, toNoteView } from './note-view';
import type { NoteView } from './schemas';

/** The note, or null when the visit has none the caller may see. */
export async function findVisitNote(actor: SessionUser, appointmentId: string): Promise<NoteView | null> {
  const { appointment, reader } = await findNoteAppointmentForReading(actor, appointmentId);
  const note = await db().visitNote.findUnique({ where: { appointmentId }, select: noteSelect });
  if (!note || (reader !== 'THERAPIST' && note.status !== 'SIGNED')) return null;
  await recordAuditEvent({
    actorId: actor.id,
    action: 'note.read',
    entityType: 'VisitNote',
    entityId: note.id,
    patientId: appointment.patientId,
    practiceId: appointment.therapist.practiceId,
    data: { appointmentId },
  });
  return toNoteView(note);
}

export async function findVisitNoteOrThrow(actor: SessionUser, appointmentId: string): Promise<NoteView> {
  const note = await findVisitNote(actor, appointmentId);
  if (!note) throw new AppError('NOT_FOUND', 'There is no note for this visit yet.');
  return note;
}
