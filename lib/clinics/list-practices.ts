import { db } from '../db';
import type { SessionUser } from '../auth/roles';

/** Practices an admin may manage: all for a network admin, their own for a practice admin. */
export async function listPractices(admin: SessionUser) {
  const practices = await db().practice.findMany({
    where: admin.practiceId ? { id: admin.practiceId } : {},
    orderBy: { name: 'asc' },
    select: {
      id: true,
      slug: true,
      name: true,
      brand: true,
      clinics: {
        orderBy: { name: 'asc' },
        select: { id: true, name: true, city: true, state: true, timezone: true, active: true },
      },
      // The therapists' ids, not Prisma's `_count` (which groups every therapist of the network).
      therapists: { select: { id: true } },
    },
  });
  return practices.map(({ therapists, ...p }) => ({ ...p, therapistCount: therapists.length }));
}
