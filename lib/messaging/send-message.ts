// A patient or their therapist writes in their conversation. The attachment's type comes from its
// bytes, never from the client; an exercise link must be an item of a plan of this patient with
// this therapist. The other party's email notice is queued in the same transaction. Sending is rate limited per sender (a runaway client, not a conversation, is
// what this stops), and the write and its audit row commit together.
import { db } from '../db';
import { AppError } from '../errors';
import type { SessionUser } from '../auth/roles';
import { addHit } from '../auth/rate-limit';
import { recordAuditEvent } from '../audit/record-audit-event';
import { decodeBase64, MAX_ATTACHMENT_BYTES, sniffAttachmentType } from './attachment-type';
import { findConversation } from './conversation-access';
import { messageSelect, toMessageView } from './message-view';
import { queueNewMessageNotice } from './queue-new-message-notice';
import type { MessageView, SendMessageInput } from './schemas';

export const SEND_LIMIT = { count: 30, windowMs: 10 * 60 * 1000 };

function readAttachment(base64: string | undefined) {
  if (base64 === undefined) return null;
  const bytes = decodeBase64(base64);
  if (!bytes || bytes.length === 0) throw new AppError('VALIDATION_FAILED', 'The attachment is not valid base64.');
  if (bytes.length > MAX_ATTACHMENT_BYTES) throw new AppError('PAYLOAD_TOO_LARGE', 'An attachment must be at most 2 MiB.');
  const type = sniffAttachmentType(bytes);
  if (!type) throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Attach a PNG, JPEG or WebP image.');
  return { bytes, type };
}

export async function sendMessage(
  user: SessionUser,
  patientId: string,
  therapistId: string,
  input: SendMessageInput,
  now = new Date(),
): Promise<MessageView> {
  const conversation = await findConversation(user, patientId, therapistId, 'write');
  const attachment = readAttachment(input.attachment);
  if (input.planItemId) {
    const item = await db().exercisePlanItem.count({
      where: { id: input.planItemId, version: { plan: { patientId, therapistId } } },
    });
    if (item === 0) throw new AppError('VALIDATION_FAILED', 'That exercise is not in a plan of this conversation.');
  }
  const hits = await addHit(`message:${user.id}`, SEND_LIMIT.windowMs, now);
  if (hits > SEND_LIMIT.count) {
    throw new AppError('RATE_LIMITED', 'Too many messages in a short time. Wait a few minutes and try again.', undefined, {
      'Retry-After': String(Math.ceil(SEND_LIMIT.windowMs / 1000)),
    });
  }
  const senderRole = conversation.side === 'THERAPIST' ? 'THERAPIST' : 'PATIENT';
  const message = await db().$transaction(async (tx) => {
    const created = await tx.message.create({
      data: {
        patientId,
        therapistId,
        senderRole,
        senderUserId: user.id,
        body: input.body,
        planItemId: input.planItemId ?? null,
        sentAt: now,
        ...(attachment
          ? { attachmentType: attachment.type, attachmentBytes: attachment.bytes, attachmentSize: attachment.bytes.length }
          : {}),
      },
      select: messageSelect,
    });
    // The other party's email commits with the message or not at all (one per burst).
    await queueNewMessageNotice(tx, { id: created.id, patientId, therapistId, senderRole });
    await recordAuditEvent(
      {
        actorId: user.id,
        action: 'message.send',
        entityType: 'message',
        entityId: created.id,
        patientId,
        practiceId: conversation.practiceId,
        data: { therapistId, attachment: attachment?.type ?? null },
      },
      tx,
    );
    return created;
  });
  return toMessageView(message, { patient: conversation.patient.name, therapist: conversation.therapist.name });
}
