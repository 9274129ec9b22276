// The `auth.sign_in` audit row, stamped with the practice the person works for, so a practice
// admin's audit log (scoped by practiceId) shows their own staff signing in: a therapist's practice,
// or a practice admin's. Patients and network admins belong to no one practice: null, visible only
// to network admins.
import { db } from '../db';
import { recordAuditEvent } from '../audit/record-audit-event';

export async function recordSignIn(userId: string, method: string): Promise<void> {
  const user = await db().user.findUnique({
    where: { id: userId },
    select: { role: true, practiceId: true, therapist: { select: { practiceId: true } } },
  });
  const practiceId =
    user?.role === 'THERAPIST' ? (user.therapist?.practiceId ?? null) : user?.role === 'ADMIN' ? user.practiceId : null;
  await recordAuditEvent({
    actorId: userId,
    action: 'auth.sign_in',
    entityType: 'User',
    entityId: userId,
    practiceId,
    data: { method },
  });
}
