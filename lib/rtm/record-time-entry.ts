// A therapist records treatment-management time for a patient in their care (from the timer on
// the patient page, or by hand with a reason). Never in the future; audited with the write. Refused
// (422 RTM_NOT_ENABLED) when the therapist's practice switched RTM off.
import { db } from '../db';
import { AppError } from '../errors';
import type { SessionUser } from '../auth/roles';
import { assertMayReadPatient } from '../care/care-relationship';
import { recordAuditEvent } from '../audit/record-audit-event';
import type { RtmTimeInput } from './schemas';
import { assertPracticeRtmEnabled } from './practice-rtm-enabled';

export async function recordTimeEntry(user: SessionUser, patientId: string, input: RtmTimeInput, now = new Date()) {
  const therapist = await db().therapist.findUnique({ where: { userId: user.id }, select: { id: true, practiceId: true } });
  if (!therapist) throw new AppError('FORBIDDEN', 'Only therapists can do this.');
  await assertMayReadPatient(user, patientId);
  await assertPracticeRtmEnabled(therapist.practiceId);
  const performedAt = input.performedAt ? new Date(input.performedAt) : now;
  if (performedAt.getTime() > now.getTime() + 60_000)
    throw new AppError('VALIDATION_FAILED', 'The time cannot be in the future.');
  if (performedAt.getTime() < now.getTime() - 366 * 86_400_000)
    throw new AppError('VALIDATION_FAILED', 'The time must be within the last year.');
  return db().$transaction(async (tx) => {
    const entry = await tx.rtmTimeEntry.create({
      data: { patientId, therapistId: therapist.id, minutes: input.minutes, reason: input.reason, performedAt },
      select: { id: true, minutes: true, reason: true, performedAt: true },
    });
    await recordAuditEvent(
      {
        actorId: user.id,
        action: 'rtm.time.record',
        entityType: 'rtm_time_entry',
        entityId: entry.id,
        patientId,
        practiceId: therapist.practiceId,
        data: { minutes: entry.minutes },
      },
      tx,
    );
    return { ...entry, performedAt: entry.performedAt.toISOString() };
  });
}
