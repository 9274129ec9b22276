import { db, Prisma } from '../db';
import { AppError } from '../errors';
import type { SessionUser } from '../auth/roles';
import { recordAuditEvent } from '../audit/record-audit-event';
import { assertMayCreateIn } from '../admin/practice-scope';
import { slugFrom } from '../clinics/clinic-admin-schemas';
import { adminVisitTypeSelect } from './find-managed-visit-type';
import type { CreateVisitTypeInput } from './schemas';

export const VISIT_SLUG_TAKEN = () => new AppError('CONFLICT', 'Another visit type already uses this URL name (slug). Choose another.');

export async function createVisitType(admin: SessionUser, input: CreateVisitTypeInput) {
  if (input.practiceId === null) {
    if (admin.practiceId !== null) throw new AppError('FORBIDDEN', 'Only a network admin can create a network-wide visit type.');
  } else {
    await assertMayCreateIn(admin, input.practiceId);
  }
  try {
    return await db().$transaction(async (tx) => {
      const created = await tx.visitType.create({ data: { ...input, slug: input.slug ?? slugFrom(input.name) }, select: adminVisitTypeSelect });
      await recordAuditEvent({ actorId: admin.id, action: 'visit_type.create', entityType: 'VisitType', entityId: created.id, practiceId: input.practiceId }, tx);
      return created;
    });
  } catch (err) {
    if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === 'P2002') throw VISIT_SLUG_TAKEN();
    throw err;
  }
}
