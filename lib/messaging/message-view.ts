// A message as the API and pages show it: no attachment bytes, a link to them instead.
import type { MessageView } from './schemas';

export const messageSelect = {
  id: true,
  senderRole: true,
  body: true,
  sentAt: true,
  readAt: true,
  attachmentType: true,
  attachmentSize: true,
  planItem: { select: { id: true, exercise: { select: { name: true } } } },
} as const;

export interface MessageRecord {
  id: string;
  senderRole: string;
  body: string;
  sentAt: Date;
  readAt: Date | null;
  attachmentType: string | null;
  attachmentSize: number | null;
  planItem: { id: string; exercise: { name: string } } | null;
}

export function toMessageView(m: MessageRecord, names: { patient: string; therapist: string }): MessageView {
  const senderRole = m.senderRole === 'THERAPIST' ? 'THERAPIST' : 'PATIENT';
  return {
    id: m.id,
    senderRole,
    senderName: senderRole === 'THERAPIST' ? names.therapist : names.patient,
    body: m.body,
    exercise: m.planItem ? { planItemId: m.planItem.id, name: m.planItem.exercise.name } : null,
    attachment:
      m.attachmentType && m.attachmentSize !== null
        ? { url: `/api/messages/${m.id}/attachment`, type: m.attachmentType, size: m.attachmentSize }
        : null,
    sentAt: m.sentAt.toISOString(),
    readAt: m.readAt?.toISOString() ?? null,
  };
}
