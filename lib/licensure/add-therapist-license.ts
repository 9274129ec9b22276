// Adds a license or compact privilege to a therapist the admin manages. One per state and kind
// (a unique key): a second is 409 LICENSE_EXISTS, also when two admins add it at once; renewing
// is an edit (update-therapist-license.ts). Audited in the same transaction.
import { Prisma } from '../db';
import type { SessionUser } from '../auth/roles';
import { AppError } from '../errors';
import { recordAuditEvent } from '../audit/record-audit-event';
import { findManagedTherapist } from '../staff/find-managed-therapist';
import { withTransaction } from '../transaction';
import { licenseSelect, toLicenseView } from './license-view';
import type { LicenseInput } from './schemas';

export const expiryDate = (day: string) => new Date(`${day}T00:00:00Z`);

/** The unique key (therapist, state, kind) refused a write. */
export function licenseExists(err: unknown, key: { state?: string; kind?: string }): AppError | null {
  if (!(err instanceof Prisma.PrismaClientKnownRequestError) || err.code !== 'P2002') return null;
  return new AppError('LICENSE_EXISTS', undefined, { state: key.state, kind: key.kind });
}

export async function addTherapistLicense(admin: SessionUser, therapistId: string, input: LicenseInput) {
  const therapist = await findManagedTherapist(admin, therapistId);
  try {
    return await withTransaction(async (tx) => {
      const saved = await tx.therapistLicense.create({
        data: {
          therapistId: therapist.id,
          state: input.state,
          kind: input.kind,
          number: input.number,
          expiresOn: expiryDate(input.expiresOn),
        },
        select: licenseSelect,
      });
      await recordAuditEvent(
        {
          actorId: admin.id,
          action: 'therapist.license_add',
          entityType: 'TherapistLicense',
          entityId: saved.id,
          practiceId: therapist.practiceId,
          data: { therapistId: therapist.id, ...input },
        },
        tx,
      );
      return toLicenseView(saved);
    });
  } catch (err) {
    throw licenseExists(err, input) ?? err;
  }
}
