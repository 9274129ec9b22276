// The therapist sends the patient out of the room (waiting or admitted). They may come back to
// the waiting room while the window is open, and wait to be admitted again (even if they had
// been let in before).
import type { SessionUser } from '../auth/roles';
import { db } from '../db';
import { AppError } from '../errors';
import { recordAuditEvent } from '../audit/record-audit-event';
import { findVideoVisit } from './find-video-visit';
import { isNotFound, roomNameFor, roomService, toVideoError } from './livekit';

export async function removeVideoParticipant(actor: SessionUser, appointmentId: string, identity: string): Promise<void> {
  const { appointment } = await findVideoVisit(actor, appointmentId, 'THERAPIST');
  if (appointment.modality !== 'VIRTUAL') throw new AppError('NOT_A_VIDEO_VISIT');
  if (identity !== appointment.patient.userId) throw new AppError('NOT_FOUND', 'That person is not in this visit.');
  try {
    await roomService().removeParticipant(roomNameFor(appointment.id), identity);
  } catch (err) {
    if (isNotFound(err)) throw new AppError('NOT_FOUND', 'The patient is no longer in the room.');
    throw toVideoError(err);
  }
  // Sent out means waiting again: a rejoin goes back to the waiting room.
  await db().appointment.update({ where: { id: appointment.id }, data: { videoAdmittedAt: null } });
  await recordAuditEvent({
    actorId: actor.id,
    action: 'video.remove',
    entityType: 'Appointment',
    entityId: appointment.id,
    patientId: appointment.patientId,
    practiceId: appointment.therapist.practiceId,
  });
}
