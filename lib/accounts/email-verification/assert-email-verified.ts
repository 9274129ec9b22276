// The rule that a patient's first booking waits for a verified address (decision 045). Only a
// patient booking for themselves is held back: staff booking for a patient are not.
import { db } from '../../db';
import { AppError } from '../../errors';
import type { SessionUser } from '../../auth/roles';

export async function assertEmailVerifiedToBook(user: SessionUser): Promise<void> {
  if (user.role !== 'PATIENT') return;
  const row = await db().user.findUnique({ where: { id: user.id }, select: { emailVerified: true } });
  if (!row?.emailVerified) throw new AppError('EMAIL_NOT_VERIFIED');
}
