// The patient, just connected to the room without grants (the waiting room), is made known to the
// therapist at once. LiveKit tells the others about a participant who publishes nothing only on
// its 3-second update tick (joins are batched); a change made through its API goes out
// immediately. So the server sets the patient's metadata to a fixed value: the first call is the
// push the therapist's page needs to show Admit, a repeat changes nothing and sends nothing. It
// grants nothing either: letting in stays the therapist's Admit (admit-video-participant.ts).
import type { SessionUser } from '../auth/roles';
import { addHit } from '../auth/rate-limit';
import { AppError } from '../errors';
import { assertRoomOpen, findVideoVisit } from './find-video-visit';
import { isNotFound, roomNameFor, roomService, toVideoError } from './livekit';

/** The metadata of a patient who came in through the waiting room (set by the server only). */
export const WAITING_ROOM_METADATA = 'waiting-room';
/** A join and its reconnects announce a few times; each announcement is one LiveKit API call. */
export const ANNOUNCE_LIMIT = { count: 30, windowMs: 5 * 60 * 1000 };

export async function announceWaitingPatient(actor: SessionUser, appointmentId: string, now = new Date()): Promise<void> {
  const { appointment } = await findVideoVisit(actor, appointmentId, 'PATIENT');
  assertRoomOpen(appointment, now);
  const hits = await addHit(`video-waiting:${actor.id}`, ANNOUNCE_LIMIT.windowMs, now);
  if (hits > ANNOUNCE_LIMIT.count) {
    throw new AppError('RATE_LIMITED', 'Too many announcements in a short time. Wait a moment and try again.', undefined, {
      'Retry-After': String(Math.ceil(ANNOUNCE_LIMIT.windowMs / 1000)),
    });
  }
  try {
    await roomService().updateParticipant(roomNameFor(appointment.id), actor.id, { metadata: WAITING_ROOM_METADATA });
  } catch (err) {
    if (isNotFound(err)) throw new AppError('NOT_FOUND', 'You are not in the video room; join it first.');
    throw toVideoError(err);
  }
}
