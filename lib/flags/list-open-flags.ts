// Flags waiting for a therapist: those on plans they are responsible for, not yet acknowledged.
import { db } from '../db';
import type { SessionUser } from '../auth/roles';
import { flagSelect, toFlagView } from './flag-view';
import type { FlagView } from './schemas';

export async function listOpenFlags(user: SessionUser): Promise<FlagView[]> {
  const rows = await db().patientFlag.findMany({
    where: { acknowledgedAt: null, plan: { therapist: { userId: user.id } } },
    orderBy: { raisedAt: 'desc' },
    take: 200,
    select: flagSelect,
  });
  return rows.map(toFlagView);
}
