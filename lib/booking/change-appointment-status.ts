// Therapist or admin closes a visit: COMPLETED or NO_SHOW, only for a booked visit that has begun.
import { db } from '../db';
import { AppError } from '../errors';
import type { SessionUser } from '../auth/roles';
import { recordAuditEvent } from '../audit/record-audit-event';
import { applyCancellationPolicy } from '../payments/apply-cancellation-policy';
import { findManageableAppointment } from './appointment-access';
import { appointmentSelect, type AppointmentRecord } from './appointment-view';

export async function changeAppointmentStatus(
  actor: SessionUser,
  id: string,
  status: 'COMPLETED' | 'NO_SHOW',
  now = new Date(),
): Promise<AppointmentRecord> {
  const current = await findManageableAppointment(actor, id);
  if (current.startsAt > now) throw new AppError('INVALID_TRANSITION', 'A visit can be closed only once it has started.');
  return db().$transaction(async (tx) => {
    const changed = await tx.appointment.updateMany({
      where: { id, status: 'BOOKED' },
      data: { status, needsNoShowReview: false },
    });
    if (changed.count === 0)
      throw new AppError(
        'INVALID_TRANSITION',
        `A ${current.status.toLowerCase()} appointment cannot become ${status.toLowerCase()}.`,
      );
    await recordAuditEvent(
      {
        actorId: actor.id,
        action: `appointment.${status === 'COMPLETED' ? 'complete' : 'no_show'}`,
        entityType: 'Appointment',
        entityId: id,
        patientId: current.patientId,
        practiceId: current.therapist.practiceId,
      },
      tx,
    );
    // A no-show costs the late-cancellation fee: kept from a card payment, recorded as owed on a claim.
    if (status === 'NO_SHOW') await applyCancellationPolicy(tx, id, 'no-show', actor.id);
    return tx.appointment.findUniqueOrThrow({ where: { id }, select: appointmentSelect });
  });
}
