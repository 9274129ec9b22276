// The therapist's view of the room: who is there, since when, and who still waits to be let in.
// Each look also repairs attendance from LiveKit's own list, in case a webhook was lost.
import { db } from '../db';
import type { SessionUser } from '../auth/roles';
import { AppError } from '../errors';
import { findVideoVisit } from './find-video-visit';
import { listRoomParticipants, participantJoinedAt, presentParticipants } from './room-participants';
import type { VideoParticipant } from './schemas';
import { lockVisit, reconcilePresence, roleIn } from './video-attendance';

export async function listVideoParticipants(actor: SessionUser, appointmentId: string): Promise<VideoParticipant[]> {
  const { appointment } = await findVideoVisit(actor, appointmentId, 'THERAPIST');
  if (appointment.modality !== 'VIRTUAL') throw new AppError('NOT_A_VIDEO_VISIT');
  const listedAt = new Date();
  const list = await listRoomParticipants(appointment.id);
  const people = await db().$transaction(async (tx) => {
    const locked = await lockVisit(tx, appointment.id);
    if (locked) await reconcilePresence(tx, locked, presentParticipants(list), listedAt);
    return locked;
  });
  return list
    .filter((p) => p.identity !== actor.id)
    .map((p) => ({
      identity: p.identity,
      name: p.name || p.identity,
      role: people ? roleIn(people, p.identity) : null,
      joinedAt: participantJoinedAt(p).toISOString(),
      admitted: Boolean(p.permission?.canSubscribe),
    }));
}
