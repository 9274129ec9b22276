// The therapist's "End visit": take LiveKit's own list of who is still there (webhooks can be
// lost), settle attendance and session length, then close the room for everyone. The answer is
// what the therapist needs to mark the visit completed or a no-show.
import { db } from '../db';
import type { SessionUser } from '../auth/roles';
import { AppError } from '../errors';
import { recordAuditEvent } from '../audit/record-audit-event';
import { findVideoVisit } from './find-video-visit';
import { isNotFound, roomNameFor, roomService, toVideoError } from './livekit';
import { listRoomParticipants, presentParticipants } from './room-participants';
import type { VideoSummary } from './schemas';
import { lockVisit, readVideoSummary, reconcilePresence, settleVisit } from './video-attendance';

export async function endVideoVisit(actor: SessionUser, appointmentId: string): Promise<VideoSummary> {
  const { appointment } = await findVideoVisit(actor, appointmentId, 'THERAPIST');
  if (appointment.modality !== 'VIRTUAL') throw new AppError('NOT_A_VIDEO_VISIT');
  const listedAt = new Date();
  const present = presentParticipants(await listRoomParticipants(appointment.id));
  await db().$transaction(async (tx) => {
    const people = await lockVisit(tx, appointment.id);
    if (!people) throw new AppError('NOT_FOUND', 'Appointment not found.');
    await reconcilePresence(tx, people, present, listedAt);
    const endedAt = new Date();
    await settleVisit(tx, people, endedAt);
    // Ended for good: no new token, and the patient's page says so (a room LiveKit closes
    // because it emptied is not this).
    await tx.appointment.updateMany({ where: { id: appointment.id, videoEndedAt: null }, data: { videoEndedAt: endedAt } });
    await recordAuditEvent(
      {
        actorId: actor.id,
        action: 'video.end',
        entityType: 'Appointment',
        entityId: appointment.id,
        patientId: appointment.patientId,
        practiceId: appointment.therapist.practiceId,
      },
      tx,
    );
  });
  try {
    await roomService().deleteRoom(roomNameFor(appointment.id));
  } catch (err) {
    if (!isNotFound(err)) throw toVideoError(err);
  }
  return readVideoSummary(appointment.id);
}
