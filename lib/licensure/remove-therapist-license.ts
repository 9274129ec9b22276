// Removes a license. Booked video visits it covered stay booked (the patient is not dropped
// silently); they show as uncovered on the admin's and therapist's pages until reassigned.
import { AppError } from '../errors';
import type { SessionUser } from '../auth/roles';
import { recordAuditEvent } from '../audit/record-audit-event';
import { findManagedTherapist } from '../staff/find-managed-therapist';
import { withTransaction } from '../transaction';

export async function removeTherapistLicense(admin: SessionUser, therapistId: string, licenseId: string) {
  const therapist = await findManagedTherapist(admin, therapistId);
  return withTransaction(async (tx) => {
    const removed = await tx.therapistLicense.deleteMany({ where: { id: licenseId, therapistId: therapist.id } });
    if (removed.count === 0) throw new AppError('NOT_FOUND', 'License not found.');
    await recordAuditEvent(
      {
        actorId: admin.id,
        action: 'therapist.license_remove',
        entityType: 'TherapistLicense',
        entityId: licenseId,
        practiceId: therapist.practiceId,
        data: { therapistId: therapist.id },
      },
      tx,
    );
    return { id: licenseId, removed: true as const };
  });
}
