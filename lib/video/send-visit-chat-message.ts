// A line in the in-call chat, stored with the visit before the sender's page puts it on LiveKit's
// data channel, so the therapist keeps it and a late joiner reads it. Only the two people of the
// visit, only while its room is open (the join window, not ended), and a patient only once let in
// (the waiting room cannot talk). Only the therapist shares an exercise, and only one of the
// patient's open plans with them. Rate limited per sender; the row and its audit row commit together.
import { db } from '../db';
import { AppError } from '../errors';
import type { SessionUser } from '../auth/roles';
import { addHit } from '../auth/rate-limit';
import { recordAuditEvent } from '../audit/record-audit-event';
import { listAskableExercises } from '../messaging/list-askable-exercises';
import { assertRoomOpen, findVideoVisit } from './find-video-visit';
import type { VisitChatInput, VisitChatMessage } from './schemas';
import { toVisitChatMessage, visitChatSelect } from './visit-chat-view';

export const VISIT_CHAT_LIMIT = { count: 60, windowMs: 5 * 60 * 1000 };

export async function sendVisitChatMessage(
  actor: SessionUser,
  appointmentId: string,
  input: VisitChatInput,
  now = new Date(),
): Promise<VisitChatMessage> {
  const { appointment, role } = await findVideoVisit(actor, appointmentId);
  assertRoomOpen(appointment, now);
  if (role === 'PATIENT' && appointment.videoAdmittedAt === null) {
    throw new AppError('FORBIDDEN', 'You can write in the chat once your therapist has let you in.');
  }
  if (input.planItemId !== undefined) {
    if (role !== 'THERAPIST') throw new AppError('FORBIDDEN', 'Only the therapist shares exercises in the chat.');
    const shareable = await listAskableExercises(appointment.patientId, appointment.therapistId);
    if (!shareable.some((x) => x.planItemId === input.planItemId)) {
      throw new AppError('EXERCISE_NOT_IN_PLAN', "That exercise is not in the patient's open plan with you.");
    }
  }
  const hits = await addHit(`visit-chat:${actor.id}`, VISIT_CHAT_LIMIT.windowMs, now);
  if (hits > VISIT_CHAT_LIMIT.count) {
    throw new AppError('RATE_LIMITED', 'Too many chat messages in a short time. Wait a moment and try again.', undefined, {
      'Retry-After': String(Math.ceil(VISIT_CHAT_LIMIT.windowMs / 1000)),
    });
  }
  const row = await db().$transaction(async (tx) => {
    const created = await tx.visitChatMessage.create({
      data: {
        appointmentId: appointment.id,
        senderRole: role,
        senderUserId: actor.id,
        body: input.body,
        planItemId: input.planItemId ?? null,
        sentAt: now,
      },
      select: visitChatSelect,
    });
    await recordAuditEvent(
      {
        actorId: actor.id,
        action: 'visit-chat.send',
        entityType: 'VisitChatMessage',
        entityId: created.id,
        patientId: appointment.patientId,
        practiceId: appointment.therapist.practiceId,
        data: { appointmentId: appointment.id, exercise: input.planItemId ?? null },
      },
      tx,
    );
    return created;
  });
  return toVisitChatMessage(row, appointment);
}
