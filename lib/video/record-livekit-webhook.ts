// POST /api/webhooks/livekit: LiveKit's signed reports of who joined and left a room, and when
// the room finished. Verified with the API key and secret (the Authorization header is a JWT
// carrying the body's SHA-256), recorded by event id first (a replay changes nothing), then
// applied under the appointment's row lock.
import { z } from 'zod';
import { WebhookReceiver, type WebhookEvent } from 'livekit-server-sdk';
import { db } from '../db';
import { AppError } from '../errors';
import { appointmentIdFromRoom, requireVideoServer } from './livekit';
import { participantJoinedAt } from './room-participants';
import { lockVisit, recordJoin, recordLeave, settleVisit } from './video-attendance';

/** Enough of the event's shape to refuse junk before looking at the signature. */
export const livekitEventShape = z.object({ event: z.string().min(1), id: z.string().min(1) });

export interface WebhookOutcome {
  event: string;
  replay: boolean;
}

async function verify(rawBody: string, authorization: string | null): Promise<WebhookEvent> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(rawBody);
  } catch {
    throw new AppError('INVALID_JSON');
  }
  livekitEventShape.parse(parsed);
  const { apiKey, apiSecret } = requireVideoServer();
  try {
    return await new WebhookReceiver(apiKey, apiSecret).receive(rawBody, authorization ?? undefined);
  } catch {
    throw new AppError('UNAUTHENTICATED', 'The webhook is not signed by our LiveKit server.');
  }
}

export async function recordLivekitWebhook(rawBody: string, authorization: string | null): Promise<WebhookOutcome> {
  const event = await verify(rawBody, authorization);
  const at = new Date(Number(event.createdAt) * 1000 || Date.now());
  return db().$transaction(async (tx) => {
    const fresh = await tx.webhookEvent.createMany({
      data: [{ provider: 'livekit', eventId: event.id, type: event.event }],
      skipDuplicates: true,
    });
    if (fresh.count === 0) return { event: event.event, replay: true };
    const appointmentId = appointmentIdFromRoom(event.room?.name);
    const people = appointmentId ? await lockVisit(tx, appointmentId) : null;
    if (!people) return { event: event.event, replay: false };
    const p = event.participant;
    const presence = p ? { sid: p.sid, identity: p.identity, joinedAt: participantJoinedAt(p, at) } : null;
    if (event.event === 'participant_joined' && presence) await recordJoin(tx, people, presence);
    if (event.event === 'participant_left' && presence) await recordLeave(tx, people, presence, at);
    if (event.event === 'room_finished') await settleVisit(tx, people, at);
    return { event: event.event, replay: false };
  });
}
