// A correction or addition to a signed note, by the treating therapist, with its author and time.
// The trigger on visit_note_addenda accepts inserts on signed notes only and nothing else.
import { db } from '../db';
import { AppError } from '../errors';
import type { SessionUser } from '../auth/roles';
import { recordAuditEvent } from '../audit/record-audit-event';
import { findNoteAppointmentForWriting } from './note-access';
import { refusingSignedChanges } from './note-conflicts';
import type { AddendumView } from './schemas';

export async function addNoteAddendum(actor: SessionUser, appointmentId: string, text: string): Promise<AddendumView> {
  const appointment = await findNoteAppointmentForWriting(actor, appointmentId);
  const note = await db().visitNote.findUnique({ where: { appointmentId }, select: { id: true, status: true } });
  if (!note) throw new AppError('NOT_FOUND', 'There is no note for this visit yet.');
  if (note.status !== 'SIGNED')
    throw new AppError('CONFLICT', 'Addenda can be added to a signed note only; edit the draft instead.');
  return refusingSignedChanges(() =>
    db().$transaction(async (tx) => {
      const added = await tx.visitNoteAddendum.create({
        data: { noteId: note.id, authorId: actor.id, text },
        select: { id: true, text: true, createdAt: true, author: { select: { id: true, name: true } } },
      });
      await recordAuditEvent(
        {
          actorId: actor.id,
          action: 'note.addendum',
          entityType: 'VisitNote',
          entityId: note.id,
          patientId: appointment.patientId,
          practiceId: appointment.therapist.practiceId,
          data: { appointmentId, addendumId: added.id },
        },
        tx,
      );
      return { id: added.id, text: added.text, author: added.author, createdAt: added.createdAt.toISOString() };
    }),
  );
}
