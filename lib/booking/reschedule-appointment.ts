// Moves a visit to a new start in one transaction: the new time is taken or nothing changes.
import { db } from '../db';
import { AppError } from '../errors';
import type { SessionUser } from '../auth/roles';
import { recordAuditEvent } from '../audit/record-audit-event';
import { enqueue, scheduleReminder } from '../jobs/enqueue';
import { findAccessibleAppointment } from './appointment-access';
import { appointmentSelect, type AppointmentRecord } from './appointment-view';
import { checkSlot } from './check-slot';
import { toBookingConflict } from './database-conflicts';

export async function rescheduleAppointment(actor: SessionUser, id: string, start: Date, now = new Date()): Promise<AppointmentRecord> {
  const current = await findAccessibleAppointment(actor, id);
  if (current.status !== 'BOOKED' && current.status !== 'HELD') throw new AppError('INVALID_TRANSITION', 'Only upcoming visits can be rescheduled.');
  if (current.startsAt <= now) throw new AppError('INVALID_TRANSITION', 'This visit has already started.');
  const { visitType, slot } = await checkSlot({
    visitTypeId: current.visitType.id, therapistId: current.therapistId, start,
    clinicId: current.clinic?.id ?? null, excludeAppointmentId: id,
  }, now);
  const minute = 60_000;
  try {
    return await db().$transaction(async (tx) => {
      const moved = await tx.appointment.update({
        where: { id, status: current.status, startsAt: current.startsAt },
        data: {
          startsAt: new Date(slot.start), endsAt: new Date(slot.end), clinicId: slot.clinicId,
          blockStartsAt: new Date(slot.start - visitType.bufferBeforeMinutes * minute),
          blockEndsAt: new Date(slot.end + visitType.bufferAfterMinutes * minute),
          reminderSentAt: null,
          revision: { increment: 1 }, // the invitation's SEQUENCE
        },
        select: appointmentSelect,
      });
      await recordAuditEvent({
        actorId: actor.id, action: 'appointment.reschedule', entityType: 'Appointment', entityId: id,
        patientId: moved.patientId, practiceId: moved.therapist.practiceId,
        data: { from: current.startsAt.toISOString(), to: moved.startsAt.toISOString() },
      }, tx);
      if (moved.status === 'BOOKED') {
        await enqueue(tx, 'appointment.rescheduled', { appointmentId: id, previousStart: current.startsAt.toISOString() });
        await scheduleReminder(tx, { id, startsAt: moved.startsAt });
      }
      return moved;
    });
  } catch (err) {
    throw toBookingConflict(err) ?? err;
  }
}
