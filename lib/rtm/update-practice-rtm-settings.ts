// Whether a practice counts message exchanges as RTM's interactive communication (98980). A
// practice admin changes their own practice only (another practice → 404), a network admin any;
// audited with the write.
import { db } from '../db';
import { AppError } from '../errors';
import type { SessionUser } from '../auth/roles';
import { recordAuditEvent } from '../audit/record-audit-event';
import type { PracticeRtmSettingsInput } from './schemas';

export async function updatePracticeRtmSettings(admin: SessionUser, practiceId: string, input: PracticeRtmSettingsInput) {
  if (admin.practiceId !== null && admin.practiceId !== practiceId) throw new AppError('NOT_FOUND', 'Practice not found.');
  return db().$transaction(async (tx) => {
    const found = await tx.practice.findUnique({ where: { id: practiceId }, select: { id: true } });
    if (!found) throw new AppError('NOT_FOUND', 'Practice not found.');
    const practice = await tx.practice.update({
      where: { id: practiceId },
      data: { rtmMessagesInteractive: input.messagesCountAsInteractive },
      select: { id: true, rtmMessagesInteractive: true },
    });
    await recordAuditEvent(
      {
        actorId: admin.id,
        action: 'practice.rtm-settings.update',
        entityType: 'Practice',
        entityId: practice.id,
        practiceId: practice.id,
        data: { messagesCountAsInteractive: practice.rtmMessagesInteractive },
      },
      tx,
    );
    return { practiceId: practice.id, messagesCountAsInteractive: practice.rtmMessagesInteractive };
  });
}

/** The setting of the admin's own practice (null for a network admin, who has none). */
export async function loadPracticeRtmSettings(admin: SessionUser) {
  if (!admin.practiceId) return null;
  const practice = await db().practice.findUnique({
    where: { id: admin.practiceId },
    select: { id: true, rtmMessagesInteractive: true },
  });
  return practice ? { practiceId: practice.id, messagesCountAsInteractive: practice.rtmMessagesInteractive } : null;
}
