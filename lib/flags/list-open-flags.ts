// Flags waiting for a therapist: those on plans they are responsible for, not yet acknowledged.
import { db } from '../db';
import type { SessionUser } from '../auth/roles';
import { recordPhiRead } from '../audit/record-phi-read';
import { readerPracticeId } from '../care/care-relationship';
import { flagSelect, toFlagView } from './flag-view';
import type { FlagView } from './schemas';

export async function listOpenFlags(user: SessionUser): Promise<FlagView[]> {
  const rows = await db().patientFlag.findMany({
    where: { acknowledgedAt: null, plan: { therapist: { userId: user.id } } },
    orderBy: { raisedAt: 'desc' },
    take: 200,
    select: flagSelect,
  });
  // A plan the therapist wrote is a care relationship by itself, so no further check; the read is one audit row.
  await recordPhiRead(user, {
    action: 'flag.list',
    entityType: 'PatientFlag',
    patientIds: rows.map((r) => r.patient.id),
    practiceId: await readerPracticeId(user),
    data: { flagIds: rows.map((r) => r.id) },
  });
  return rows.map(toFlagView);
}
