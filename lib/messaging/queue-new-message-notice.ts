// Inside the sending transaction: queue the other party's "you have a new message" email, unless
// an earlier message of this side is still unread (its email went out already, or is on its way).
// So a burst of messages brings one email, and the next one comes after the recipient has read
// the thread. A transaction-scoped advisory lock on the conversation keeps two messages sent at
// the same instant from both seeing "nothing unread" and both queueing.
import type { Prisma } from '../db';
import { enqueue } from '../jobs/enqueue';

export async function queueNewMessageNotice(
  tx: Prisma.TransactionClient,
  message: { id: string; patientId: string; therapistId: string; senderRole: 'PATIENT' | 'THERAPIST' },
): Promise<boolean> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`message-notice:${message.patientId}:${message.therapistId}`}))`;
  const earlierUnread = await tx.message.count({
    where: {
      patientId: message.patientId,
      therapistId: message.therapistId,
      senderRole: message.senderRole,
      readAt: null,
      id: { not: message.id },
    },
  });
  if (earlierUnread > 0) return false;
  await enqueue(tx, 'message.notify', { messageId: message.id });
  return true;
}
