// Whether a practice runs remote therapeutic monitoring at all (practices.rtm_enabled, decision
// 029). Off: its patients are not reported, no consent is asked and no time is recorded for them.
import { db } from '../db';
import { AppError } from '../errors';

/** Refuses an RTM write for a practice that switched RTM off (422 RTM_NOT_ENABLED). */
export async function assertPracticeRtmEnabled(practiceId: string): Promise<void> {
  const practice = await db().practice.findUnique({ where: { id: practiceId }, select: { rtmEnabled: true } });
  if (!practice?.rtmEnabled) throw new AppError('RTM_NOT_ENABLED');
}

/** For a page or menu that has already checked access: does this therapist's practice run RTM? */
export async function therapistPracticeRtmEnabled(therapist: { id: string } | { userId: string }): Promise<boolean> {
  const row = await db().therapist.findUnique({ where: therapist, select: { practice: { select: { rtmEnabled: true } } } });
  return row?.practice.rtmEnabled ?? false;
}
