import { z } from 'zod';
import { endpoint } from '@/lib/http';
import { recordLivekitWebhook } from '@/lib/video/record-livekit-webhook';

export const POST = endpoint(
  {
    method: 'POST',
    path: '/api/webhooks/livekit',
    tags: ['Webhooks'],
    auth: 'public',
    errors: ['INVALID_JSON', 'UNAUTHENTICATED', 'VIDEO_NOT_CONFIGURED'],
    summary:
      'LiveKit room events (application/webhook+json, signed in the Authorization header): attendance and ' +
      'session length. Unsigned or forged → 401; a replayed event id changes nothing.',
    rawBody: true,
    response: z.object({ received: z.literal(true), replay: z.boolean() }),
  },
  async ({ req, rawBody }) => {
    const { replay } = await recordLivekitWebhook(rawBody, req.headers.get('authorization'));
    return { received: true as const, replay };
  },
);
