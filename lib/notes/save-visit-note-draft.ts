// The treating therapist writes (or rewrites) the draft SOAP note of a visit. Saves are optimistic:
// the editor says which version it started from, so two tabs, or a save racing a sign, cannot
// overwrite each other silently. The trigger on visit_notes refuses any change to a signed note.
import { db } from '../db';
import { AppError } from '../errors';
import type { SessionUser } from '../auth/roles';
import { isUniqueViolation } from '../booking/database-conflicts';
import { recordAuditEvent } from '../audit/record-audit-event';
import { findNoteAppointmentForWriting, type NoteAppointment } from './note-access';
import { refusingSignedChanges } from './note-conflicts';
import { noteSelect, toNoteView } from './note-view';
import type { NoteDraftInput, NoteView } from './schemas';

const WRITABLE_STATUSES = new Set(['BOOKED', 'COMPLETED']);

export const SIGNED_MESSAGE = 'This note is signed and can no longer change. Add an addendum instead.';
export const CHANGED_MESSAGE = 'This note was changed elsewhere meanwhile. Reload the page to see the latest version.';

export function assertNoteWritable(a: NoteAppointment): void {
  if (!WRITABLE_STATUSES.has(a.status)) {
    throw new AppError(
      'CONFLICT',
      `This visit is ${a.status.toLowerCase().replace('_', '-')}; notes are written for booked or completed visits only.`,
    );
  }
}

export async function saveVisitNoteDraft(actor: SessionUser, appointmentId: string, input: NoteDraftInput): Promise<NoteView> {
  const appointment = await findNoteAppointmentForWriting(actor, appointmentId);
  assertNoteWritable(appointment);
  const text = { subjective: input.subjective, objective: input.objective, assessment: input.assessment, plan: input.plan };
  const expected = input.expectedUpdatedAt ? new Date(input.expectedUpdatedAt) : null;
  const audit = (tx: Parameters<typeof recordAuditEvent>[1], noteId: string, action: string) =>
    recordAuditEvent(
      {
        actorId: actor.id,
        action,
        entityType: 'VisitNote',
        entityId: noteId,
        patientId: appointment.patientId,
        practiceId: appointment.therapist.practiceId,
        data: { appointmentId },
      },
      tx,
    );

  try {
    return await refusingSignedChanges(() =>
      db().$transaction(async (tx) => {
        const current = await tx.visitNote.findUnique({
          where: { appointmentId },
          select: { id: true, status: true, updatedAt: true },
        });
        if (current?.status === 'SIGNED') throw new AppError('CONFLICT', SIGNED_MESSAGE);
        if (!current) {
          if (expected) throw new AppError('CONFLICT', CHANGED_MESSAGE);
          const created = await tx.visitNote.create({
            data: { appointmentId, patientId: appointment.patientId, therapistId: appointment.therapistId, ...text },
            select: noteSelect,
          });
          await audit(tx, created.id, 'note.create');
          return toNoteView(created);
        }
        if (!expected) throw new AppError('CONFLICT', CHANGED_MESSAGE);
        // Status and version in the WHERE: a sign or another save that committed first makes this match nothing.
        const changed = await tx.visitNote.updateMany({
          where: { id: current.id, status: 'DRAFT', updatedAt: expected },
          data: text,
        });
        if (changed.count === 0) {
          const now = await tx.visitNote.findUnique({ where: { id: current.id }, select: { status: true } });
          throw new AppError('CONFLICT', now?.status === 'SIGNED' ? SIGNED_MESSAGE : CHANGED_MESSAGE);
        }
        await audit(tx, current.id, 'note.update');
        return toNoteView(await tx.visitNote.findUniqueOrThrow({ where: { id: current.id }, select: noteSelect }));
      }),
    );
  } catch (err) {
    // Two first saves at once: the unique appointmentId let one through.
    if (isUniqueViolation(err)) throw new AppError('CONFLICT', CHANGED_MESSAGE);
    throw err;
  }
}
