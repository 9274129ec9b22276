// What an admin reaches: a network admin (practiceId null) every practice, a practice admin only
// their own. Rows of another practice answer 404 (their existence is not revealed); creating
// something in another practice answers 403, as POST /api/admin/staff always has.
import { db } from '../db';
import { AppError } from '../errors';
import type { SessionUser } from '../auth/roles';

/** A `where` fragment limiting rows with a `practiceId` column to the admin's scope. */
export function inPracticeScope(admin: SessionUser): { practiceId?: string } {
  return admin.practiceId ? { practiceId: admin.practiceId } : {};
}

/** The practice a new record goes into must exist and be the admin's. */
export async function assertMayCreateIn(admin: SessionUser, practiceId: string): Promise<void> {
  if (admin.practiceId !== null && admin.practiceId !== practiceId)
    throw new AppError('FORBIDDEN', 'You manage another practice.');
  if (!(await db().practice.count({ where: { id: practiceId } }))) {
    throw new AppError('VALIDATION_FAILED', 'Invalid body: practiceId does not exist.', [
      { path: 'body.practiceId', message: 'does not exist' },
    ]);
  }
}

/** A clinic of this practice, or a 400 naming the field. */
export async function assertClinicOfPractice(clinicId: string, practiceId: string): Promise<void> {
  if (!(await db().clinic.count({ where: { id: clinicId, practiceId, active: true } }))) {
    throw new AppError('VALIDATION_FAILED', 'Invalid body: clinicId is not an open clinic of that practice.', [
      { path: 'body.clinicId', message: 'is not an open clinic of that practice' },
    ]);
  }
}
