// Deactivating a therapist ends their sessions at once (every request re-reads `active`), takes
// them out of booking (slot loading and the bookable list only see active users), and keeps their
// availability rules for a later reactivation. Their upcoming visits stay booked and come back in
// the answer, for an admin to reassign or to call the patients.
import { db } from '../db';
import type { SessionUser } from '../auth/roles';
import { recordAuditEvent } from '../audit/record-audit-event';
import { findManagedTherapist } from './find-managed-therapist';
import { listAppointmentsToReassign } from './list-appointments-to-reassign';

export async function setTherapistActive(admin: SessionUser, therapistId: string, active: boolean, now = new Date()) {
  const therapist = await findManagedTherapist(admin, therapistId);
  await db().$transaction(async (tx) => {
    await tx.user.update({ where: { id: therapist.user.id }, data: { active } });
    if (!active) {
      // Outstanding invitation links die with the account; reactivation sends none by itself.
      await tx.passwordSetupToken.updateMany({
        where: { userId: therapist.user.id, usedAt: null, expiresAt: { gt: now } },
        data: { expiresAt: now },
      });
    }
    await recordAuditEvent(
      {
        actorId: admin.id,
        action: active ? 'therapist.reactivate' : 'therapist.deactivate',
        entityType: 'User',
        entityId: therapist.user.id,
        practiceId: therapist.practiceId,
      },
      tx,
    );
  });
  return { id: therapist.id, active, appointmentsToReassign: await listAppointmentsToReassign(admin, therapist, now) };
}
