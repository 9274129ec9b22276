import { db, Prisma } from '../db';
import type { SessionUser } from '../auth/roles';
import { recordAuditEvent } from '../audit/record-audit-event';
import { adminClinicSelect, findManagedClinic } from './find-managed-clinic';
import { SLUG_TAKEN } from './create-clinic';
import type { UpdateClinicInput } from './clinic-admin-schemas';

export async function updateClinic(admin: SessionUser, clinicId: string, input: UpdateClinicInput) {
  const clinic = await findManagedClinic(admin, clinicId);
  try {
    return await db().$transaction(async (tx) => {
      const updated = await tx.clinic.update({ where: { id: clinic.id }, data: input, select: adminClinicSelect });
      await recordAuditEvent(
        {
          actorId: admin.id,
          action: 'clinic.update',
          entityType: 'Clinic',
          entityId: clinic.id,
          practiceId: clinic.practice.id,
          data: { fields: Object.keys(input) },
        },
        tx,
      );
      return updated;
    });
  } catch (err) {
    if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === 'P2002') throw SLUG_TAKEN();
    throw err;
  }
}
