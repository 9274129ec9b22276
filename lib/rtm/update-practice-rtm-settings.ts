// A practice's RTM settings: whether it runs RTM at all (decision 029), and whether message
// exchanges count as the interactive communication of 98980 (decision 026). A practice admin
// changes their own practice only (another practice → 404), a network admin any; audited with
// the write.
import { db } from '../db';
import { AppError } from '../errors';
import type { SessionUser } from '../auth/roles';
import { recordAuditEvent } from '../audit/record-audit-event';
import type { PracticeRtmSettingsInput } from './schemas';

const settingsSelect = { id: true, rtmEnabled: true, rtmMessagesInteractive: true } as const;
const view = (p: { id: string; rtmEnabled: boolean; rtmMessagesInteractive: boolean }) => ({
  practiceId: p.id,
  rtmEnabled: p.rtmEnabled,
  messagesCountAsInteractive: p.rtmMessagesInteractive,
});

export async function updatePracticeRtmSettings(admin: SessionUser, practiceId: string, input: PracticeRtmSettingsInput) {
  if (admin.practiceId !== null && admin.practiceId !== practiceId) throw new AppError('NOT_FOUND', 'Practice not found.');
  return db().$transaction(async (tx) => {
    const before = await tx.practice.findUnique({ where: { id: practiceId }, select: settingsSelect });
    if (!before) throw new AppError('NOT_FOUND', 'Practice not found.');
    const practice = await tx.practice.update({
      where: { id: practiceId },
      data: { rtmEnabled: input.rtmEnabled, rtmMessagesInteractive: input.messagesCountAsInteractive },
      select: settingsSelect,
    });
    await recordAuditEvent(
      {
        actorId: admin.id,
        action: 'practice.rtm-settings.update',
        entityType: 'Practice',
        entityId: practice.id,
        practiceId: practice.id,
        data: { before: view(before), after: view(practice) },
      },
      tx,
    );
    return view(practice);
  });
}

/** The settings of the admin's own practice (null for a network admin, who has none). */
export async function loadPracticeRtmSettings(admin: SessionUser) {
  if (!admin.practiceId) return null;
  const practice = await db().practice.findUnique({ where: { id: admin.practiceId }, select: settingsSelect });
  return practice ? view(practice) : null;
}
