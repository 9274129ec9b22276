// Who LiveKit says is in an appointment's room right now.
import { ParticipantInfo_State, type ParticipantInfo } from 'livekit-server-sdk';
import { isNotFound, roomNameFor, roomService, toVideoError } from './livekit';
import type { Presence } from './video-attendance';

export async function listRoomParticipants(appointmentId: string): Promise<ParticipantInfo[]> {
  try {
    return await roomService().listParticipants(roomNameFor(appointmentId));
  } catch (err) {
    if (isNotFound(err)) return [];
    throw toVideoError(err);
  }
}

/** When the participant joined, by LiveKit's clock (`fallback` when the report carries no time). */
export function participantJoinedAt(p: ParticipantInfo, fallback = new Date()): Date {
  const ms = Number(p.joinedAtMs) || Number(p.joinedAt) * 1000;
  return ms > 0 ? new Date(ms) : fallback;
}

/** Participants whose media connection is up: what a participant_joined webhook would have reported. */
export function presentParticipants(list: ParticipantInfo[]): Presence[] {
  return list
    .filter((p) => p.state === ParticipantInfo_State.ACTIVE)
    .map((p) => ({ sid: p.sid, identity: p.identity, joinedAt: participantJoinedAt(p) }));
}
