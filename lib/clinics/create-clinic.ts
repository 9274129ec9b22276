import { db, Prisma } from '../db';
import { AppError } from '../errors';
import type { SessionUser } from '../auth/roles';
import { recordAuditEvent } from '../audit/record-audit-event';
import { assertMayCreateIn } from '../admin/practice-scope';
import { adminClinicSelect } from './find-managed-clinic';
import { slugFrom, type CreateClinicInput } from './clinic-admin-schemas';

export const SLUG_TAKEN = () => new AppError('CONFLICT', 'Another clinic already uses this URL name (slug). Choose another.');

export async function createClinic(admin: SessionUser, input: CreateClinicInput) {
  await assertMayCreateIn(admin, input.practiceId);
  try {
    return await db().$transaction(async (tx) => {
      const clinic = await tx.clinic.create({
        data: { ...input, slug: input.slug ?? slugFrom(input.name) },
        select: adminClinicSelect,
      });
      await recordAuditEvent(
        {
          actorId: admin.id,
          action: 'clinic.create',
          entityType: 'Clinic',
          entityId: clinic.id,
          practiceId: input.practiceId,
        },
        tx,
      );
      return clinic;
    });
  } catch (err) {
    if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === 'P2002') throw SLUG_TAKEN();
    throw err;
  }
}
