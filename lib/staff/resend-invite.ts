// A new invitation link for a therapist who has not chosen a password yet. Earlier links stop
// working at once (they are expired, not deleted, so the history stays).
import { db } from '../db';
import { AppError } from '../errors';
import type { SessionUser } from '../auth/roles';
import { recordAuditEvent } from '../audit/record-audit-event';
import { sendPasswordSetup } from '../notify/send-password-setup';
import { findManagedTherapist } from './find-managed-therapist';
import { newSetupToken } from './password-setup-token';

export async function resendInvite(admin: SessionUser, therapistId: string, now = new Date()) {
  const therapist = await findManagedTherapist(admin, therapistId);
  if (!therapist.user.active) throw new AppError('CONFLICT', 'This therapist is deactivated. Reactivate them first.');
  if (therapist.user.passwordHash) throw new AppError('CONFLICT', 'This therapist has already set a password.');
  const setup = newSetupToken(now);
  await db().$transaction(async (tx) => {
    await tx.passwordSetupToken.updateMany({
      where: { userId: therapist.user.id, usedAt: null, expiresAt: { gt: now } },
      data: { expiresAt: now },
    });
    await tx.passwordSetupToken.create({
      data: { userId: therapist.user.id, tokenHash: setup.tokenHash, expiresAt: setup.expiresAt },
    });
    await recordAuditEvent(
      {
        actorId: admin.id,
        action: 'therapist.invite_resend',
        entityType: 'User',
        entityId: therapist.user.id,
        practiceId: therapist.practiceId,
      },
      tx,
    );
  });
  await sendPasswordSetup(therapist.user.email, therapist.user.name, setup.token, setup.expiresAt, therapist.practice.name);
  return {
    userId: therapist.user.id,
    therapistId: therapist.id,
    email: therapist.user.email,
    name: therapist.user.name,
    inviteExpiresAt: setup.expiresAt.toISOString(),
  };
}
