import { z } from 'zod';
import { endpoint } from '@/lib/http';
import { handleStripeEvent, verifyStripeEvent } from '@/lib/payments/handle-stripe-event';

export const POST = endpoint(
  {
    method: 'POST',
    path: '/api/webhooks/stripe',
    tags: ['Webhooks'],
    auth: 'public',
    errors: ['INVALID_SIGNATURE', 'REFUND_NOT_ALLOWED', 'WEBHOOK_NOT_READY'],
    summary:
      'Stripe events (checkout completed/expired, refunds). Signed with STRIPE_WEBHOOK_SECRET over the raw body; ' +
      'a bad or missing signature is refused with 400, a replayed event id is a no-op.',
    rawBody: true,
    maxBodyBytes: 512 * 1024,
    response: z.object({ received: z.literal(true), replay: z.boolean() }),
  },
  async ({ req, rawBody }) => {
    const event = verifyStripeEvent(rawBody, req.headers.get('stripe-signature'));
    const { replay } = await handleStripeEvent(event);
    return { received: true as const, replay };
  },
);
