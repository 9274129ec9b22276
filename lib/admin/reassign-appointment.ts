// Moves an upcoming visit to another active therapist of the same practice, same time. Whether
// that therapist is free is decided by the database: the therapist no-overlap exclusion constraint
// refuses the UPDATE (→ 409 SLOT_TAKEN), so two admins reassigning at once cannot double-book.
// The patient is emailed (queued in the same transaction) with the new therapist and an updated .ics.
import { db } from '../db';
import { AppError } from '../errors';
import type { SessionUser } from '../auth/roles';
import { recordAuditEvent } from '../audit/record-audit-event';
import { toBookingConflict } from '../booking/database-conflicts';
import { enqueue } from '../jobs/enqueue';
import { lockBookingScope } from '../booking/booking-locks';
import { withTransaction } from '../transaction';
import { inPracticeScope } from './practice-scope';
import { assertLicensedFor } from '../licensure/video-state';

export async function reassignAppointment(admin: SessionUser, appointmentId: string, therapistId: string, now = new Date()) {
  const appointment = await db().appointment.findFirst({
    where: { id: appointmentId, therapist: inPracticeScope(admin) },
    select: {
      id: true,
      status: true,
      startsAt: true,
      endsAt: true,
      blockStartsAt: true,
      blockEndsAt: true,
      holdExpiresAt: true,
      modality: true,
      patientId: true,
      therapistId: true,
      patientState: true,
      therapist: { select: { practiceId: true } },
      note: { select: { id: true } },
    },
  });
  if (!appointment) throw new AppError('NOT_FOUND', 'Appointment not found.');
  const upcoming =
    appointment.startsAt > now &&
    (appointment.status === 'BOOKED' || (appointment.status === 'HELD' && (appointment.holdExpiresAt ?? now) > now));
  if (!upcoming) throw new AppError('INVALID_TRANSITION', 'Only upcoming booked or held visits can be reassigned.');
  if (therapistId === appointment.therapistId) throw new AppError('CONFLICT', 'The visit is already with this therapist.');
  // A note belongs to the therapist who started it (the database keeps it so): a visit with one
  // cannot move, or the new therapist would sign a note under someone else's name.
  if (appointment.note)
    throw new AppError(
      'CONFLICT',
      'This visit already has a visit note started by its therapist, so it cannot move to another therapist. Book the patient with the new therapist instead.',
    );
  const target = await db().therapist.findFirst({
    where: { id: therapistId, practiceId: appointment.therapist.practiceId, user: { active: true } },
    select: {
      id: true,
      offersVirtual: true,
      timezone: true,
      user: { select: { name: true } },
      licenses: { select: { state: true, kind: true, expiresOn: true } },
    },
  });
  if (!target) {
    throw new AppError('VALIDATION_FAILED', 'Invalid body: therapistId is not an active therapist of this practice.', [
      { path: 'body.therapistId', message: 'is not an active therapist of this practice' },
    ]);
  }
  if (appointment.modality === 'VIRTUAL' && !target.offersVirtual)
    throw new AppError('RULE_VIOLATION', `${target.user.name} does not see patients by video.`);
  if (appointment.modality === 'VIRTUAL') {
    // Decision 024: the new therapist must be licensed where the patient will be, on that date.
    if (!appointment.patientState)
      throw new AppError(
        'RULE_VIOLATION',
        'This video visit has no patient state on record, so no license can be checked. Book the patient with the new therapist instead.',
      );
    const licenses = target.licenses.map((l) => ({
      state: l.state,
      kind: l.kind,
      expiresOn: l.expiresOn.toISOString().slice(0, 10),
    }));
    assertLicensedFor(
      { therapistId: target.id, timezone: target.timezone, licenses },
      appointment.patientState,
      appointment.startsAt,
      target.user.name,
    );
  }
  const away = await db().timeOff.count({
    where: { therapistId: target.id, startsAt: { lt: appointment.blockEndsAt }, endsAt: { gt: appointment.blockStartsAt } },
  });
  if (away) throw new AppError('SLOT_TAKEN', `${target.user.name} is on time off then.`);
  try {
    return await withTransaction(async (tx) => {
      // The row first, then patient and therapists: the one lock order (lib/booking/booking-locks.ts).
      await tx.$executeRaw`SELECT 1 FROM appointments WHERE id = ${appointment.id} FOR UPDATE`;
      await lockBookingScope(tx, { patientIds: [appointment.patientId], therapistIds: [appointment.therapistId, target.id] });
      const moved = await tx.appointment.updateMany({
        where: { id: appointment.id, therapistId: appointment.therapistId, status: appointment.status },
        data: { therapistId: target.id, revision: { increment: 1 } }, // revision: the invitation's SEQUENCE
      });
      if (moved.count !== 1) throw new AppError('CONFLICT', 'The visit changed meanwhile. Reload and try again.');
      await recordAuditEvent(
        {
          actorId: admin.id,
          action: 'appointment.reassign',
          entityType: 'Appointment',
          entityId: appointment.id,
          patientId: appointment.patientId,
          practiceId: appointment.therapist.practiceId,
          data: { from: appointment.therapistId, to: target.id },
        },
        tx,
      );
      // The patient's email (with the updated calendar invitation) commits with the change. It is
      // sent only if the visit is BOOKED and still with this therapist when the job runs.
      await enqueue(tx, 'appointment.rescheduled', {
        appointmentId: appointment.id,
        kind: 'reassigned',
        therapistId: target.id,
        previousTherapistId: appointment.therapistId,
      });
      return { id: appointment.id, therapistId: target.id, therapistName: target.user.name };
    });
  } catch (err) {
    throw toBookingConflict(err) ?? err;
  }
}
