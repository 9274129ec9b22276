// A therapist who may read the patient (the care relationship) marks a flag of their practice as seen. Acknowledging twice is harmless.
import { db } from '../db';
import { AppError } from '../errors';
import type { SessionUser } from '../auth/roles';
import { recordAuditEvent } from '../audit/record-audit-event';
import { assertMayReadPatient, readerPracticeId } from '../care/care-relationship';
import { flagSelect, toFlagView } from './flag-view';
import type { FlagView } from './schemas';

export async function acknowledgeFlag(user: SessionUser, flagId: string, now = new Date()): Promise<FlagView> {
  const flag = await db().patientFlag.findUnique({
    where: { id: flagId },
    select: { patientId: true, plan: { select: { therapist: { select: { practiceId: true } } } } },
  });
  if (!flag) throw new AppError('NOT_FOUND', 'Flag not found.');
  // A therapist without the patient in their care, or of another practice, learns nothing about the flag
  // ("Patient not found" would tell them it exists).
  if (flag.plan.therapist.practiceId !== (await readerPracticeId(user))) throw new AppError('NOT_FOUND', 'Flag not found.');
  await assertMayReadPatient(user, flag.patientId, 'Flag not found.');
  const updated = await db().$transaction(async (tx) => {
    const changed = await tx.patientFlag.updateMany({
      where: { id: flagId, acknowledgedAt: null },
      data: { acknowledgedAt: now, acknowledgedById: user.id },
    });
    if (changed.count) {
      await recordAuditEvent(
        {
          actorId: user.id,
          action: 'flag.acknowledge',
          entityType: 'PatientFlag',
          entityId: flagId,
          patientId: flag.patientId,
          practiceId: flag.plan.therapist.practiceId,
        },
        tx,
      );
    }
    return tx.patientFlag.findUniqueOrThrow({ where: { id: flagId }, select: flagSelect });
  });
  return toFlagView(updated);
}
