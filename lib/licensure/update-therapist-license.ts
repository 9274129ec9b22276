// Edits a license of a therapist the admin manages: renew it (number, expiry) or correct its state
// or kind. Moving it onto a state and kind the therapist already holds is 409 LICENSE_EXISTS. A
// license of another therapist through this therapist's path is 404. Audited in the transaction.
import type { SessionUser } from '../auth/roles';
import { AppError } from '../errors';
import { recordAuditEvent } from '../audit/record-audit-event';
import { findManagedTherapist } from '../staff/find-managed-therapist';
import { withTransaction } from '../transaction';
import { licenseSelect, toLicenseView } from './license-view';
import { expiryDate, licenseExists } from './add-therapist-license';
import type { LicenseUpdateInput } from './schemas';

export async function updateTherapistLicense(
  admin: SessionUser,
  therapistId: string,
  licenseId: string,
  input: LicenseUpdateInput,
) {
  const therapist = await findManagedTherapist(admin, therapistId);
  const seen: { before?: { state: string; kind: string } } = {};
  try {
    return await withTransaction(async (tx) => {
      const current = await tx.therapistLicense.findFirst({
        where: { id: licenseId, therapistId: therapist.id },
        select: { state: true, kind: true },
      });
      if (!current) throw new AppError('NOT_FOUND', 'License not found.');
      seen.before = current;
      const saved = await tx.therapistLicense.update({
        where: { id: licenseId },
        data: {
          ...(input.state ? { state: input.state } : {}),
          ...(input.kind ? { kind: input.kind } : {}),
          ...(input.number ? { number: input.number } : {}),
          ...(input.expiresOn ? { expiresOn: expiryDate(input.expiresOn) } : {}),
        },
        select: licenseSelect,
      });
      await recordAuditEvent(
        {
          actorId: admin.id,
          action: 'therapist.license_update',
          entityType: 'TherapistLicense',
          entityId: licenseId,
          practiceId: therapist.practiceId,
          data: { therapistId: therapist.id, before: current, ...input },
        },
        tx,
      );
      return toLicenseView(saved);
    });
  } catch (err) {
    throw licenseExists(err, { state: input.state ?? seen.before?.state, kind: input.kind ?? seen.before?.kind }) ?? err;
  }
}
