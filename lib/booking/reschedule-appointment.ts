// Moves a visit to a new start in one transaction: the new time is taken or nothing changes.
// The visit is locked first and compared with what was checked: a visit that was cancelled or
// moved meanwhile answers 409 (never 404: it exists), and the loser of two changes learns why.
import { AppError } from '../errors';
import type { SessionUser } from '../auth/roles';
import type { Prisma } from '../db';
import { recordAuditEvent } from '../audit/record-audit-event';
import { enqueueAll, reminderJob } from '../jobs/enqueue';
import { withTransaction } from '../transaction';
import { findManageableAppointment } from './appointment-access';
import { appointmentSelect, type AppointmentRecord } from './appointment-view';
import { lockBookingScope } from './booking-locks';
import { checkSlot } from './check-slot';
import { toBookingConflict } from './database-conflicts';
import { releaseLapsedHolds } from './release-lapsed-holds';

interface LockedVisit {
  status: string;
  starts_at: Date;
  therapist_id: string;
}

/** Locks the visit's row and says why it can no longer be moved as checked, or null when it can. */
async function changedMeanwhile(tx: Prisma.TransactionClient, current: AppointmentRecord): Promise<AppError | null> {
  const [row] = await tx.$queryRaw<LockedVisit[]>`
    SELECT status::text AS status, starts_at, therapist_id FROM appointments WHERE id = ${current.id} FOR UPDATE`;
  if (!row) return new AppError('NOT_FOUND', 'Appointment not found.');
  if (row.status !== current.status) {
    return row.status === 'CANCELLED'
      ? new AppError('INVALID_TRANSITION', 'This visit was cancelled meanwhile, so it cannot be rescheduled.')
      : new AppError(
          'CONFLICT',
          `This visit changed meanwhile (it is now ${row.status.toLowerCase()}). Reload it and try again.`,
        );
  }
  if (row.starts_at.getTime() !== current.startsAt.getTime() || row.therapist_id !== current.therapistId) {
    return new AppError('CONFLICT', 'This visit was moved meanwhile by someone else. Reload it and try again.');
  }
  return null;
}

/** `patientState`: for a video visit, where the patient will be at the new time (default: as booked). */
export async function rescheduleAppointment(
  actor: SessionUser,
  id: string,
  start: Date,
  now = new Date(),
  patientState?: string | null,
): Promise<AppointmentRecord> {
  const current = await findManageableAppointment(actor, id);
  if (current.status !== 'BOOKED' && current.status !== 'HELD')
    throw new AppError('INVALID_TRANSITION', 'Only upcoming visits can be rescheduled.');
  if (current.startsAt <= now) throw new AppError('INVALID_TRANSITION', 'This visit has already started.');
  if (current.status === 'HELD' && current.holdExpiresAt && current.holdExpiresAt <= now) {
    throw new AppError('INVALID_TRANSITION', 'The hold on this time has ended; book a new time instead.');
  }
  const checked = await checkSlot(
    {
      visitTypeId: current.visitType.id,
      therapistId: current.therapistId,
      start,
      clinicId: current.clinic?.id ?? null,
      excludeAppointmentId: id,
      patientState: patientState ?? current.patientState,
    },
    now,
  );
  const { visitType, slot } = checked;
  const minute = 60_000;
  const times = {
    startsAt: new Date(slot.start),
    endsAt: new Date(slot.end),
    blockStartsAt: new Date(slot.start - visitType.bufferBeforeMinutes * minute),
    blockEndsAt: new Date(slot.end + visitType.bufferAfterMinutes * minute),
  };
  try {
    return await withTransaction(async (tx) => {
      const changed = await changedMeanwhile(tx, current);
      if (changed) throw changed;
      await lockBookingScope(tx, { patientIds: [current.patientId], therapistIds: [current.therapistId] });
      await releaseLapsedHolds(
        tx,
        { therapistId: current.therapistId, patientId: current.patientId, ...times, exceptId: id },
        now,
      );
      const moved = await tx.appointment.update({
        where: { id },
        data: {
          ...times,
          clinicId: slot.clinicId,
          patientState: checked.patientState,
          reminderSentAt: null,
          revision: { increment: 1 },
        }, // revision: the invitation's SEQUENCE
        select: appointmentSelect,
      });
      await recordAuditEvent(
        {
          actorId: actor.id,
          action: 'appointment.reschedule',
          entityType: 'Appointment',
          entityId: id,
          patientId: moved.patientId,
          practiceId: moved.therapist.practiceId,
          data: { from: current.startsAt.toISOString(), to: moved.startsAt.toISOString() },
        },
        tx,
      );
      if (moved.status === 'BOOKED') {
        await enqueueAll(tx, [
          { name: 'appointment.rescheduled', data: { appointmentId: id, previousStart: current.startsAt.toISOString() } },
          reminderJob({ id, startsAt: moved.startsAt }),
        ]);
      }
      return moved;
    });
  } catch (err) {
    throw toBookingConflict(err) ?? err;
  }
}
