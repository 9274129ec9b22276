// The image of one message, for the two parties and the admins who may read the conversation.
import { db } from '../db';
import { AppError } from '../errors';
import type { SessionUser } from '../auth/roles';
import { recordPhiRead } from '../audit/record-phi-read';
import { findConversation } from './conversation-access';

export async function loadAttachment(user: SessionUser, messageId: string): Promise<{ type: string; bytes: Uint8Array }> {
  const message = await db().message.findUnique({
    where: { id: messageId },
    select: { patientId: true, therapistId: true, attachmentType: true, attachmentBytes: true },
  });
  if (!message?.attachmentType || !message.attachmentBytes) throw new AppError('NOT_FOUND', 'Attachment not found.');
  const conversation = await findConversation(user, message.patientId, message.therapistId, 'read').catch(() => {
    throw new AppError('NOT_FOUND', 'Attachment not found.');
  });
  await recordPhiRead(user, {
    action: 'message.attachment.read',
    entityType: 'message',
    entityId: messageId,
    patientIds: [message.patientId],
    practiceId: conversation.practiceId,
  });
  return { type: message.attachmentType, bytes: message.attachmentBytes };
}
