import { db, Prisma } from '../db';
import { AppError } from '../errors';
import type { SessionUser } from '../auth/roles';
import { recordAuditEvent } from '../audit/record-audit-event';
import { assertMayCreateIn } from '../admin/practice-scope';
import { slugFrom } from '../clinics/clinic-admin-schemas';
import { adminVisitTypeSelect } from './find-managed-visit-type';
import type { CreateVisitTypeInput } from './schemas';

/** How many generated slugs (name, name-2, name-3 …) are tried before giving up. */
const GENERATED_SLUG_TRIES = 10;

export const VISIT_SLUG_TAKEN = () =>
  new AppError('CONFLICT', 'Another visit type already uses this URL name (slug). Choose another.');

export async function createVisitType(admin: SessionUser, input: CreateVisitTypeInput) {
  if (input.practiceId === null) {
    if (admin.practiceId !== null) throw new AppError('FORBIDDEN', 'Only a network admin can create a network-wide visit type.');
  } else {
    await assertMayCreateIn(admin, input.practiceId);
  }
  // Slugs are unique network-wide and the form has none: a generated one that another practice
  // already uses gets a number. A slug the caller chose is kept, or refused.
  const base = input.slug ?? slugFrom(input.name);
  const candidates = input.slug
    ? [base]
    : [base, ...Array.from({ length: GENERATED_SLUG_TRIES - 1 }, (_, i) => `${base}-${i + 2}`)];
  for (const slug of candidates) {
    try {
      return await db().$transaction(async (tx) => {
        const created = await tx.visitType.create({ data: { ...input, slug }, select: adminVisitTypeSelect });
        await recordAuditEvent(
          {
            actorId: admin.id,
            action: 'visit_type.create',
            entityType: 'VisitType',
            entityId: created.id,
            practiceId: input.practiceId,
          },
          tx,
        );
        return created;
      });
    } catch (err) {
      if (!(err instanceof Prisma.PrismaClientKnownRequestError && err.code === 'P2002')) throw err;
    }
  }
  throw VISIT_SLUG_TAKEN();
}
