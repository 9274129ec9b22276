// Moves a therapist's home clinic within their practice (null = virtual only). Their availability
// rules name clinics of their own, so they are left as they are.
import { db } from '../db';
import type { SessionUser } from '../auth/roles';
import { recordAuditEvent } from '../audit/record-audit-event';
import { assertClinicOfPractice } from '../admin/practice-scope';
import { findManagedTherapist } from './find-managed-therapist';

export async function assignTherapistClinic(admin: SessionUser, therapistId: string, clinicId: string | null) {
  const therapist = await findManagedTherapist(admin, therapistId);
  if (clinicId) await assertClinicOfPractice(clinicId, therapist.practiceId);
  await db().$transaction(async (tx) => {
    await tx.therapist.update({ where: { id: therapist.id }, data: { clinicId } });
    await recordAuditEvent(
      {
        actorId: admin.id,
        action: 'therapist.assign_clinic',
        entityType: 'Therapist',
        entityId: therapist.id,
        practiceId: therapist.practiceId,
        data: { from: therapist.clinicId, to: clinicId },
      },
      tx,
    );
  });
  return { id: therapist.id, clinicId };
}
