// Talking to the real livekit-server the test run started (LIVEKIT_* are in the environment):
// signed webhooks as LiveKit sends them, and a bare signalling connection that joins a room the
// way a browser does before its media starts (enough to be listed, admitted and removed).
import { createHash } from 'node:crypto';
import { SignalResponse } from '@livekit/protocol';
import { AccessToken } from 'livekit-server-sdk';
import { env } from '@/lib/env';

/** Headers LiveKit sends with a webhook: a JWT signed with the API secret carrying the body's SHA-256. */
export async function signedWebhookHeaders(body: string, secret = env().LIVEKIT_API_SECRET): Promise<Record<string, string>> {
  const token = new AccessToken(env().LIVEKIT_API_KEY, secret);
  token.sha256 = createHash('sha256').update(body).digest('base64');
  return { 'content-type': 'application/webhook+json', authorization: await token.toJwt() };
}

let eventNumber = 0;

export interface WebhookFacts {
  event: 'participant_joined' | 'participant_left' | 'room_finished' | 'room_started';
  room: string;
  at: Date;
  participant?: { sid: string; identity: string; name?: string; joinedAt: Date };
  id?: string;
}

/** A webhook body in LiveKit's JSON form (int64 as strings). */
export function webhookBody(f: WebhookFacts): string {
  const seconds = (d: Date) => String(Math.floor(d.getTime() / 1000));
  return JSON.stringify({
    event: f.event,
    room: { sid: `RM_${f.room}`, name: f.room },
    ...(f.participant
      ? {
          participant: {
            sid: f.participant.sid,
            identity: f.participant.identity,
            name: f.participant.name ?? f.participant.identity,
            state: f.event === 'participant_left' ? 'DISCONNECTED' : 'ACTIVE',
            joinedAt: seconds(f.participant.joinedAt),
            joinedAtMs: String(f.participant.joinedAt.getTime()),
          },
        }
      : {}),
    id: f.id ?? `EV_test_${++eventNumber}_${Date.now()}`,
    createdAt: seconds(f.at),
  });
}

export interface SignalConnection {
  messages: SignalResponse[];
  /** Settles when the server closes the connection (e.g. the participant was removed). */
  closed: Promise<void>;
  waitFor(test: (m: SignalResponse) => boolean, timeoutMs?: number): Promise<SignalResponse>;
  close(): void;
}

/** Joins a room over the signalling WebSocket only (no media), as a browser does first. */
export async function joinSignalOnly(url: string, token: string): Promise<SignalConnection> {
  const ws = new WebSocket(`${url}/rtc?access_token=${encodeURIComponent(token)}&auto_subscribe=1&sdk=js&protocol=16`);
  ws.binaryType = 'arraybuffer';
  const messages: SignalResponse[] = [];
  const waiters = new Set<() => void>();
  ws.onmessage = (m) => {
    messages.push(SignalResponse.fromBinary(new Uint8Array(m.data as ArrayBuffer)));
    for (const w of waiters) w();
  };
  const waitFor = (test: (m: SignalResponse) => boolean, timeoutMs = 10_000) =>
    new Promise<SignalResponse>((resolve, reject) => {
      const check = () => {
        const found = messages.find(test);
        if (!found) return;
        waiters.delete(check);
        clearTimeout(timer);
        resolve(found);
      };
      const timer = setTimeout(() => {
        waiters.delete(check);
        reject(new Error('no such signal message in time'));
      }, timeoutMs);
      waiters.add(check);
      check();
    });
  const closed = new Promise<void>((resolve) => {
    ws.onclose = () => resolve();
  });
  await waitFor((m) => m.message.case === 'join');
  return { messages, closed, waitFor, close: () => ws.close() };
}
