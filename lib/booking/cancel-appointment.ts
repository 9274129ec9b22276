// Cancels a held or booked visit, frees the time for the waitlist, and tells the patient.
import { AppError } from '../errors';
import type { SessionUser } from '../auth/roles';
import { recordAuditEvent } from '../audit/record-audit-event';
import { enqueue } from '../jobs/enqueue';
import { applyCancellationPolicy } from '../payments/apply-cancellation-policy';
import { policyEvent } from '../payments/refund-policy';
import type { PolicyOutcomeView } from '../payments/schemas';
import { withTransaction } from '../transaction';
import { findManageableAppointment } from './appointment-access';
import { appointmentSelect, type AppointmentRecord } from './appointment-view';

/** Late = inside the free-cancellation window of the visit type. The payments work acts on it. */
export function isLateCancellation(start: Date, freeCancellationHours: number, now: Date): boolean {
  return start.getTime() - now.getTime() < freeCancellationHours * 3_600_000;
}

export async function cancelAppointment(
  actor: SessionUser,
  id: string,
  reason: string,
  now = new Date(),
): Promise<{
  appointment: AppointmentRecord;
  late: boolean;
  cancelledBy: 'patient' | 'clinic';
  billing: PolicyOutcomeView | null;
}> {
  await findManageableAppointment(actor, id);
  const cancelledBy = actor.role === 'PATIENT' ? ('patient' as const) : ('clinic' as const);
  return withTransaction(async (tx) => {
    // Locked and re-read: a reschedule that committed meanwhile moved the time this frees, and
    // the policy (late or not) applies to the visit as it is now.
    const [locked] = await tx.$queryRaw<
      { status: string }[]
    >`SELECT status::text AS status FROM appointments WHERE id = ${id} FOR UPDATE`;
    const current = await tx.appointment.findUniqueOrThrow({ where: { id }, select: appointmentSelect });
    if (locked?.status !== 'HELD' && locked?.status !== 'BOOKED') {
      throw new AppError('INVALID_TRANSITION', `A ${current.status.toLowerCase()} appointment cannot be cancelled.`);
    }
    const late = cancelledBy === 'patient' && isLateCancellation(current.startsAt, current.visitType.freeCancellationHours, now);
    await tx.appointment.update({
      where: { id },
      data: { status: 'CANCELLED', cancelledAt: now, cancelledById: actor.id, cancelReason: reason, revision: { increment: 1 } },
    });
    await recordAuditEvent(
      {
        actorId: actor.id,
        action: 'appointment.cancel',
        entityType: 'Appointment',
        entityId: id,
        patientId: current.patientId,
        practiceId: current.therapist.practiceId,
        data: { reason, late, cancelledBy, wasStatus: current.status },
      },
      tx,
    );
    // The payment follows the policy in the same transaction (refunds go to Stripe from a job).
    const billing = await applyCancellationPolicy(tx, id, policyEvent(cancelledBy, late), actor.id);
    if (current.status === 'BOOKED') await enqueue(tx, 'appointment.cancelled', { appointmentId: id });
    if (current.startsAt > now) {
      await enqueue(tx, 'waitlist.offer-freed-slot', {
        therapistId: current.therapistId,
        clinicId: current.clinic?.id ?? null,
        modality: current.modality,
        start: current.startsAt.toISOString(),
        end: current.endsAt.toISOString(),
      });
    }
    const appointment = await tx.appointment.findUniqueOrThrow({ where: { id }, select: appointmentSelect });
    return { appointment, late, cancelledBy, billing };
  });
}
