// The treating therapist signs the draft they last saw. From then on the note is immutable (the
// trigger on visit_notes refuses updates and deletes); corrections are addenda.
import { db } from '../db';
import { AppError } from '../errors';
import type { SessionUser } from '../auth/roles';
import { recordAuditEvent } from '../audit/record-audit-event';
import { findNoteAppointmentForWriting } from './note-access';
import { refusingSignedChanges } from './note-conflicts';
import { noteSelect, toNoteView } from './note-view';
import { assertNoteWritable, CHANGED_MESSAGE, SIGNED_MESSAGE } from './save-visit-note-draft';
import type { NoteView } from './schemas';

/** A note can be signed once the visit has begun (or the patient has been checked in). */
export function assertSignable(
  a: { startsAt: Date; checkedInAt: Date | null },
  note: { assessment: string; plan: string },
  now: Date,
): void {
  if (a.startsAt > now && !a.checkedInAt) throw new AppError('CONFLICT', 'A note can be signed once the visit has begun.');
  if (!note.assessment.trim() || !note.plan.trim()) {
    throw new AppError('RULE_VIOLATION', 'Write at least the assessment and the plan before signing.');
  }
}

export async function signVisitNote(
  actor: SessionUser,
  appointmentId: string,
  expectedUpdatedAt: string,
  now = new Date(),
): Promise<NoteView> {
  const appointment = await findNoteAppointmentForWriting(actor, appointmentId);
  assertNoteWritable(appointment);
  const note = await db().visitNote.findUnique({
    where: { appointmentId },
    select: { id: true, status: true, assessment: true, plan: true },
  });
  if (!note) throw new AppError('NOT_FOUND', 'There is no note for this visit yet. Save a draft first.');
  if (note.status === 'SIGNED') throw new AppError('CONFLICT', 'This note is already signed.');
  assertSignable(appointment, note, now);
  return refusingSignedChanges(() =>
    db().$transaction(async (tx) => {
      const signed = await tx.visitNote.updateMany({
        where: { id: note.id, status: 'DRAFT', updatedAt: new Date(expectedUpdatedAt) },
        data: { status: 'SIGNED', signedAt: now },
      });
      if (signed.count === 0) {
        const latest = await tx.visitNote.findUnique({ where: { id: note.id }, select: { status: true } });
        throw new AppError('CONFLICT', latest?.status === 'SIGNED' ? SIGNED_MESSAGE : CHANGED_MESSAGE);
      }
      await recordAuditEvent(
        {
          actorId: actor.id,
          action: 'note.sign',
          entityType: 'VisitNote',
          entityId: note.id,
          patientId: appointment.patientId,
          practiceId: appointment.therapist.practiceId,
          data: { appointmentId },
        },
        tx,
      );
      return toNoteView(await tx.visitNote.findUniqueOrThrow({ where: { id: note.id }, select: noteSelect }));
    }),
  );
}
