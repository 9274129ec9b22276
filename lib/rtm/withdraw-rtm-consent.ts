// The patient withdraws their consent to remote therapeutic monitoring (they may stop at any time,
// as the consent text says); their treating therapist may record it for them. The row keeps who
// withdrew and when; from then on no data day or minute counts (load-rtm-report.ts) until a new
// consent is recorded. Allowed whether or not the practice runs RTM: stopping is always possible.
import { db } from '../db';
import { AppError } from '../errors';
import type { SessionUser } from '../auth/roles';
import { assertMayReadPatient, readerPracticeId } from '../care/care-relationship';
import { recordAuditEvent } from '../audit/record-audit-event';
import { consentSelect, consentView } from './rtm-consent';
import type { RtmConsentView } from './schemas';

export async function withdrawRtmConsent(user: SessionUser, patientId: string, now = new Date()): Promise<RtmConsentView> {
  await assertMayReadPatient(user, patientId); // the patient themselves, or a therapist treating them; else 404
  const practiceId = await readerPracticeId(user);
  return db().$transaction(async (tx) => {
    // Only the one in force, and only if still in force: a second withdrawal (or a lost race) is 409.
    const withdrawn = await tx.rtmConsent.updateManyAndReturn({
      where: { patientId, withdrawnAt: null },
      data: { withdrawnAt: now, withdrawnByUserId: user.id },
      select: { id: true },
    });
    const row = withdrawn[0];
    if (!row) throw new AppError('CONFLICT', 'There is no consent to remote monitoring in force to withdraw.');
    await recordAuditEvent(
      {
        actorId: user.id,
        action: 'rtm.consent.withdraw',
        entityType: 'rtm_consent',
        entityId: row.id,
        patientId,
        practiceId,
      },
      tx,
    );
    return consentView(await tx.rtmConsent.findUniqueOrThrow({ where: { id: row.id }, select: consentSelect }));
  });
}
