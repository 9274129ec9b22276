// POST /api/webhooks/stripe, after the route wrapper read the raw body: verify the signature,
// record the event id (a replay finds it and changes nothing), apply it — all in one transaction,
// so an event that fails half-way is neither recorded nor applied, and Stripe's retry starts over.
import type { Prisma } from '../db';
import { withTransaction } from '../transaction';
import { env } from '../env';
import { AppError } from '../errors';
import { completeCheckout } from './complete-checkout';
import { closeCheckout } from './expire-checkout';
import { assertUsableEvent } from './stripe-event-shape';
import { recordChargeRefunded, recordStripeRefund } from './record-stripe-refund';
import { stripe, type Stripe } from './stripe-client';

export function verifyStripeEvent(rawBody: string, signature: string | null): Stripe.Event {
  if (!signature) throw new AppError('INVALID_SIGNATURE', 'The Stripe-Signature header is missing.');
  let event: unknown;
  try {
    event = stripe().webhooks.constructEvent(rawBody, signature, env().STRIPE_WEBHOOK_SECRET);
  } catch {
    throw new AppError('INVALID_SIGNATURE');
  }
  assertUsableEvent(event);
  return event;
}

async function apply(tx: Prisma.TransactionClient, event: Stripe.Event, now: Date): Promise<void> {
  switch (event.type) {
    case 'checkout.session.completed':
    case 'checkout.session.async_payment_succeeded':
      return completeCheckout(tx, event.data.object, now);
    case 'checkout.session.expired':
      return closeCheckout(tx, event.data.object, 'EXPIRED', now);
    case 'checkout.session.async_payment_failed':
      return closeCheckout(tx, event.data.object, 'FAILED', now);
    case 'charge.refunded':
      return recordChargeRefunded(tx, event.data.object, event.created, now);
    case 'refund.created':
    case 'refund.updated':
    case 'refund.failed':
    case 'charge.refund.updated':
      return recordStripeRefund(tx, event.data.object, event.created, now);
    default:
    // Recorded and otherwise ignored: the endpoint may be subscribed to more than it needs.
  }
}

export async function handleStripeEvent(event: Stripe.Event, now = new Date()): Promise<{ replay: boolean }> {
  return withTransaction(
    async (tx) => {
      // Waits on a concurrent delivery of the same event, then finds it: exactly one applies it.
      const inserted = await tx.$executeRaw`
      INSERT INTO webhook_events (provider, event_id, type) VALUES ('stripe', ${event.id}, ${event.type})
      ON CONFLICT (provider, event_id) DO NOTHING`;
      if (inserted === 0) return { replay: true };
      await apply(tx, event, now);
      return { replay: false };
    },
    { timeout: 20_000, maxWait: 10_000 },
  );
}
