// The LiveKit server this app talks to, and how its rooms and people are named. LIVEKIT_URL unset
// means video is not configured: pages say so and the API answers 503 VIDEO_NOT_CONFIGURED.
import { RoomServiceClient, TwirpError } from 'livekit-server-sdk';
import { env } from '../env';
import { AppError } from '../errors';

export interface VideoServer {
  /** What browsers connect to (ws:// or wss://). */
  url: string;
  /** What therapists' browsers connect to: LIVEKIT_STAFF_URL, or the same as `url`. */
  staffUrl: string;
  /** The same server's HTTP API (RoomService, token validation). */
  httpUrl: string;
  apiKey: string;
  apiSecret: string;
}

export function videoServer(): VideoServer | null {
  const { LIVEKIT_URL, LIVEKIT_STAFF_URL, LIVEKIT_API_KEY, LIVEKIT_API_SECRET } = env();
  if (!LIVEKIT_URL) return null;
  return {
    url: LIVEKIT_URL,
    staffUrl: LIVEKIT_STAFF_URL ?? LIVEKIT_URL,
    httpUrl: LIVEKIT_URL.replace(/^ws/, 'http'),
    apiKey: LIVEKIT_API_KEY,
    apiSecret: LIVEKIT_API_SECRET,
  };
}

export function requireVideoServer(): VideoServer {
  const server = videoServer();
  if (!server) throw new AppError('VIDEO_NOT_CONFIGURED');
  return server;
}

let rooms: { key: string; client: RoomServiceClient } | undefined;

export function roomService(): RoomServiceClient {
  const server = requireVideoServer();
  const key = `${server.httpUrl} ${server.apiKey}`;
  if (rooms?.key !== key) {
    rooms = { key, client: new RoomServiceClient(server.httpUrl, server.apiKey, server.apiSecret, { requestTimeout: 10 }) };
  }
  return rooms.client;
}

const ROOM_PREFIX = 'appointment-';

/** One room per appointment; its name is the only link between the two. */
export function roomNameFor(appointmentId: string): string {
  return `${ROOM_PREFIX}${appointmentId}`;
}

export function appointmentIdFromRoom(roomName: string | undefined): string | null {
  if (!roomName?.startsWith(ROOM_PREFIX)) return null;
  return roomName.slice(ROOM_PREFIX.length) || null;
}

/** A room or participant LiveKit does not know (not_found), as opposed to a server that is down. */
export function isNotFound(err: unknown): boolean {
  return err instanceof TwirpError && (err.status === 404 || err.code === 'not_found');
}

/** LiveKit failures become our error shape: unknown → rethrown for the 500 path, unreachable → 503. */
export function toVideoError(err: unknown): unknown {
  if (err instanceof AppError) return err;
  if (err instanceof TwirpError && err.status >= 500)
    return new AppError('UNAVAILABLE', 'The video service is not answering. Try again in a moment.');
  const cause = (err as { cause?: { code?: string } } | null)?.cause;
  if (cause?.code === 'ECONNREFUSED' || (err instanceof Error && err.name === 'TimeoutError')) {
    return new AppError('UNAVAILABLE', 'The video service is not answering. Try again in a moment.');
  }
  return err;
}
