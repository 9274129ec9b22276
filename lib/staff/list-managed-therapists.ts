// The therapists an admin manages, with whether each has chosen a password yet.
import { db } from '../db';
import type { SessionUser } from '../auth/roles';
import { inPracticeScope } from '../admin/practice-scope';
import type { AdminTherapist } from './schemas';

export async function listManagedTherapists(admin: SessionUser, now = new Date()): Promise<AdminTherapist[]> {
  const rows = await db().therapist.findMany({
    where: inPracticeScope(admin),
    orderBy: [{ practice: { name: 'asc' } }, { user: { name: 'asc' } }],
    select: {
      id: true,
      credentials: true,
      timezone: true,
      offersVirtual: true,
      practice: { select: { id: true, name: true } },
      clinic: { select: { id: true, name: true } },
      user: {
        select: {
          id: true,
          name: true,
          email: true,
          active: true,
          passwordHash: true,
          passwordSetupTokens: { where: { usedAt: null, expiresAt: { gt: now } }, select: { id: true }, take: 1 },
        },
      },
    },
  });
  return rows.map(({ user, ...t }) => ({
    ...t,
    userId: user.id,
    name: user.name,
    email: user.email,
    active: user.active,
    invite: user.passwordHash ? 'PASSWORD_SET' : user.passwordSetupTokens.length ? 'PENDING' : 'EXPIRED',
  }));
}
