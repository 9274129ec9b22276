// The therapist lets the waiting patient in: LiveKit grants publish and subscribe on the live
// connection (the patient's page sees ParticipantPermissionsChanged and switches at once).
import type { SessionUser } from '../auth/roles';
import { db } from '../db';
import { AppError } from '../errors';
import { recordAuditEvent } from '../audit/record-audit-event';
import { findVideoVisit } from './find-video-visit';
import { isNotFound, roomNameFor, roomService, toVideoError } from './livekit';
import { participantJoinedAt } from './room-participants';
import type { VideoParticipant } from './schemas';

export async function admitVideoParticipant(
  actor: SessionUser,
  appointmentId: string,
  identity: string,
): Promise<VideoParticipant> {
  const { appointment } = await findVideoVisit(actor, appointmentId, 'THERAPIST');
  if (appointment.modality !== 'VIRTUAL') throw new AppError('NOT_A_VIDEO_VISIT');
  // Only this visit's patient can be let in; nobody else can hold a token for the room anyway.
  if (identity !== appointment.patient.userId) throw new AppError('NOT_FOUND', 'That person is not waiting for this visit.');
  let info;
  try {
    info = await roomService().updateParticipant(roomNameFor(appointment.id), identity, {
      permission: { canPublish: true, canSubscribe: true, canPublishData: true },
    });
  } catch (err) {
    if (isNotFound(err)) throw new AppError('NOT_FOUND', 'The patient is no longer in the waiting room.');
    throw toVideoError(err);
  }
  // Remembered, so a rejoin after a drop skips the waiting room (the first admission counts).
  await db().appointment.updateMany({
    where: { id: appointment.id, videoAdmittedAt: null },
    data: { videoAdmittedAt: new Date() },
  });
  await recordAuditEvent({
    actorId: actor.id,
    action: 'video.admit',
    entityType: 'Appointment',
    entityId: appointment.id,
    patientId: appointment.patientId,
    practiceId: appointment.therapist.practiceId,
  });
  return {
    identity: info.identity,
    name: info.name || info.identity,
    role: 'PATIENT',
    joinedAt: participantJoinedAt(info).toISOString(),
    admitted: Boolean(info.permission?.canSubscribe),
  };
}
