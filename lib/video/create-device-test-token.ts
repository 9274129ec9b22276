// A token for the device test, any day (not only in a visit's join window): a room of one's own
// that is no appointment (`device-test-<user id>`), joined to prove the browser reaches the video
// server and sets up a call connection. It grants nothing but joining: no publishing, no
// subscribing, no data, and it lives five minutes. Rate limited per person.
import { AccessToken } from 'livekit-server-sdk';
import { AppError } from '../errors';
import type { SessionUser } from '../auth/roles';
import { addHit } from '../auth/rate-limit';
import { requireVideoServer } from './livekit';
import type { VideoToken } from './create-video-token';

export const DEVICE_TEST_LIMIT = { count: 20, windowMs: 10 * 60 * 1000 };
const TTL_SECONDS = 5 * 60;

export function deviceTestRoomFor(userId: string): string {
  return `device-test-${userId}`;
}

export async function createDeviceTestToken(actor: SessionUser, now = new Date()): Promise<VideoToken> {
  const server = requireVideoServer();
  const hits = await addHit(`device-test:${actor.id}`, DEVICE_TEST_LIMIT.windowMs, now);
  if (hits > DEVICE_TEST_LIMIT.count) {
    throw new AppError('RATE_LIMITED', 'That is a lot of tests in a short time. Wait a few minutes and try again.', undefined, {
      'Retry-After': String(Math.ceil(DEVICE_TEST_LIMIT.windowMs / 1000)),
    });
  }
  const room = deviceTestRoomFor(actor.id);
  const token = new AccessToken(server.apiKey, server.apiSecret, { identity: actor.id, name: actor.name, ttl: TTL_SECONDS });
  token.addGrant({
    room,
    roomJoin: true,
    canPublish: false,
    canSubscribe: false,
    canPublishData: false,
    canUpdateOwnMetadata: false,
  });
  return {
    token: await token.toJwt(),
    url: server.url,
    room,
    identity: actor.id,
    expiresAt: new Date(now.getTime() + TTL_SECONDS * 1000).toISOString(),
  };
}
