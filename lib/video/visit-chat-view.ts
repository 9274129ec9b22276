// The one shape an in-call chat message leaves the server in (the API, and the data-channel
// payload the sender forwards to the other side of the call).
import type { Prisma } from '../db';
import type { AppointmentRecord } from '../booking/appointment-view';
import type { VisitChatMessage } from './schemas';

export const visitChatSelect = {
  id: true,
  senderRole: true,
  body: true,
  sentAt: true,
  planItem: { select: { id: true, exercise: { select: { name: true } } } },
} satisfies Prisma.VisitChatMessageSelect;

type Row = Prisma.VisitChatMessageGetPayload<{ select: typeof visitChatSelect }>;

/** Where a patient opens an exercise shared with them. */
export function sharedExerciseHref(planItemId: string): string {
  return `/patient/exercises/${encodeURIComponent(planItemId)}`;
}

export function toVisitChatMessage(row: Row, appointment: AppointmentRecord): VisitChatMessage {
  return {
    id: row.id,
    senderRole: row.senderRole === 'THERAPIST' ? 'THERAPIST' : 'PATIENT',
    senderName: row.senderRole === 'THERAPIST' ? appointment.therapist.user.name : appointment.patient.user.name,
    body: row.body,
    exercise: row.planItem
      ? { planItemId: row.planItem.id, name: row.planItem.exercise.name, href: sharedExerciseHref(row.planItem.id) }
      : null,
    sentAt: row.sentAt.toISOString(),
  };
}
