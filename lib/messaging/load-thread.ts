// The messages of one conversation, oldest first. Reading it as one of the two parties marks the
// other side's messages read (the read receipt); an admin's read marks nothing. Every staff read
// is an audit row (decision 013), a patient reading their own is not; a poll that brings nothing of
// the patient's is not a read.
import { db } from '../db';
import type { SessionUser } from '../auth/roles';
import { recordPhiRead } from '../audit/record-phi-read';
import { findConversation } from './conversation-access';
import { messageSelect, toMessageView } from './message-view';
import type { ThreadOutput } from './schemas';

export async function loadThread(
  user: SessionUser,
  patientId: string,
  therapistId: string,
  options: { after?: string; now?: Date } = {},
): Promise<ThreadOutput> {
  const conversation = await findConversation(user, patientId, therapistId, 'read');
  const now = options.now ?? new Date();
  if (conversation.side) {
    const otherSide = conversation.side === 'PATIENT' ? 'THERAPIST' : 'PATIENT';
    await db().message.updateMany({
      where: { patientId, therapistId, senderRole: otherSide, readAt: null },
      data: { readAt: now },
    });
  }
  const messages = await db().message.findMany({
    where: { patientId, therapistId, ...(options.after ? { sentAt: { gt: new Date(options.after) } } : {}) },
    orderBy: [{ sentAt: 'asc' }, { id: 'asc' }],
    take: 500,
    select: messageSelect,
  });
  // A party's poll (`after`) is a read of the patient's data only when it brings a message of
  // theirs: an open thread polls every few seconds, and a row per poll would bury the reads that
  // matter. An admin is no party: whatever they are shown of the conversation (the therapist's
  // words to the patient too) is a read, or `after=1970-01-01…` would read a thread unaudited.
  const showsPatient = !options.after || messages.some((m) => m.senderRole === 'PATIENT' || conversation.side === null);
  if (showsPatient)
    await recordPhiRead(user, {
      action: 'message.list',
      entityType: 'conversation',
      entityId: `${patientId}:${therapistId}`,
      patientIds: [patientId],
      practiceId: conversation.practiceId,
    });
  const names = { patient: conversation.patient.name, therapist: conversation.therapist.name };
  return {
    patient: { id: patientId, name: names.patient },
    therapist: { id: therapistId, name: names.therapist },
    messages: messages.map((m) => toMessageView(m, names)),
  };
}
