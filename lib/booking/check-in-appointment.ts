// The front desk (the visit's therapist or an admin of its practice) checks a patient in for an
// in-clinic visit. Checking in is idempotent: a second call answers with the first check-in time,
// so a double click or two people at the desk cannot fail or move it.
import { db } from '../db';
import { AppError } from '../errors';
import type { SessionUser } from '../auth/roles';
import { recordAuditEvent } from '../audit/record-audit-event';
import { assertCheckInAllowed } from './check-in-window';

export interface CheckIn {
  id: string;
  status: string;
  checkedInAt: string;
}

export async function checkInAppointment(actor: SessionUser, id: string, now = new Date()): Promise<CheckIn> {
  const a = await db().appointment.findUnique({
    where: { id },
    select: {
      id: true,
      status: true,
      modality: true,
      startsAt: true,
      checkedInAt: true,
      patientId: true,
      therapist: { select: { userId: true, practiceId: true, timezone: true } },
      clinic: { select: { timezone: true } },
    },
  });
  const mayAct =
    a &&
    (actor.role === 'THERAPIST'
      ? a.therapist.userId === actor.id
      : actor.role === 'ADMIN' && (actor.practiceId === null || actor.practiceId === a.therapist.practiceId));
  if (!a || !mayAct) throw new AppError('NOT_FOUND', 'Appointment not found.');
  if (a.checkedInAt) return { id: a.id, status: a.status, checkedInAt: a.checkedInAt.toISOString() };
  assertCheckInAllowed({ ...a, timezone: a.clinic?.timezone ?? a.therapist.timezone }, now);
  return db().$transaction(async (tx) => {
    const changed = await tx.appointment.updateMany({
      where: { id, status: 'BOOKED', checkedInAt: null },
      data: { checkedInAt: now },
    });
    const after = await tx.appointment.findUniqueOrThrow({ where: { id }, select: { status: true, checkedInAt: true } });
    if (!after.checkedInAt)
      throw new AppError('INVALID_TRANSITION', `A ${after.status.toLowerCase().replace('_', '-')} visit cannot be checked in.`);
    if (changed.count === 1) {
      await recordAuditEvent(
        {
          actorId: actor.id,
          action: 'appointment.check_in',
          entityType: 'Appointment',
          entityId: id,
          patientId: a.patientId,
          practiceId: a.therapist.practiceId,
        },
        tx,
      );
    }
    return { id, status: after.status, checkedInAt: after.checkedInAt.toISOString() };
  });
}
