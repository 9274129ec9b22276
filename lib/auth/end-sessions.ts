// Ends every session of a user: their tokens carry the old session version and stop working on the
// next request. Sign-out calls this; a new password, deactivation and a role or practice change do
// the same in the database (trigger users_end_sessions), so no code path can forget it.
import { db } from '../db';

export async function endSessions(userId: string): Promise<void> {
  await db().user.updateMany({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
}
