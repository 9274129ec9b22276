// A join token for one appointment's room, for its patient or therapist, inside the join window.
// The patient starts in the waiting room (may neither publish nor subscribe) until the therapist
// admits them; the server then refreshes the client's token with the new grants, so a reconnect
// keeps them admitted, and the visit remembers it (videoAdmittedAt) for a new connection.
import { AccessToken } from 'livekit-server-sdk';
import type { SessionUser } from '../auth/roles';
import { findVideoVisit, assertRoomOpen } from './find-video-visit';
import { tokenTtlSeconds } from './join-window';
import { requireVideoServer, roomNameFor } from './livekit';

export interface VideoToken {
  token: string;
  url: string;
  room: string;
  identity: string;
  expiresAt: string;
}

export async function createVideoToken(actor: SessionUser, appointmentId: string, now = new Date()): Promise<VideoToken> {
  const { appointment, role } = await findVideoVisit(actor, appointmentId);
  assertRoomOpen(appointment, now);
  const server = requireVideoServer();
  const room = roomNameFor(appointment.id);
  const ttl = tokenTtlSeconds(appointment, now);
  // Admitted once, admitted on every rejoin (a dropped network, a reload, a Leave by mistake).
  const admitted = role === 'THERAPIST' || appointment.videoAdmittedAt !== null;
  const token = new AccessToken(server.apiKey, server.apiSecret, {
    identity: actor.id,
    name: actor.name,
    ttl,
    attributes: { role: role.toLowerCase() },
  });
  token.addGrant({
    room,
    roomJoin: true,
    canPublish: admitted,
    canSubscribe: admitted,
    canPublishData: admitted,
    canUpdateOwnMetadata: false,
  });
  return {
    token: await token.toJwt(),
    url: admitted ? server.staffUrl : server.url,
    room,
    identity: actor.id,
    expiresAt: new Date(now.getTime() + ttl * 1000).toISOString(),
  };
}
