// Adds a license or compact privilege to a therapist the admin manages, or renews the one of the
// same state and kind (new number or expiry). Audited in the same transaction.
import type { SessionUser } from '../auth/roles';
import { recordAuditEvent } from '../audit/record-audit-event';
import { findManagedTherapist } from '../staff/find-managed-therapist';
import { withTransaction } from '../transaction';
import { licenseSelect, toLicenseView } from './license-view';
import type { LicenseInput } from './schemas';

export async function saveTherapistLicense(admin: SessionUser, therapistId: string, input: LicenseInput) {
  const therapist = await findManagedTherapist(admin, therapistId);
  const data = { number: input.number, expiresOn: new Date(`${input.expiresOn}T00:00:00Z`) };
  return withTransaction(async (tx) => {
    const saved = await tx.therapistLicense.upsert({
      where: { therapistId_state_kind: { therapistId: therapist.id, state: input.state, kind: input.kind } },
      create: { therapistId: therapist.id, state: input.state, kind: input.kind, ...data },
      update: data,
      select: licenseSelect,
    });
    await recordAuditEvent(
      {
        actorId: admin.id,
        action: 'therapist.license_save',
        entityType: 'TherapistLicense',
        entityId: saved.id,
        practiceId: therapist.practiceId,
        data: { therapistId: therapist.id, ...input },
      },
      tx,
    );
    return toLicenseView(saved);
  });
}
