// Stripe events built and signed the way Stripe builds and signs them, for the local test-payment
// page and for tests (stripe-mock answers API calls but never sends webhooks). Signed with the
// configured webhook secret, so the webhook endpoint verifies them exactly like real ones.
import { randomBytes } from 'node:crypto';
import { env } from '../env';
import { stripe, type Stripe } from './stripe-client';

const stripeId = (prefix: string) => `${prefix}_test_${randomBytes(12).toString('hex')}`;

export interface SessionFacts {
  sessionId: string;
  appointmentId: string;
  paymentId: string;
  amountCents: number;
  currency: string;
  /** Known once paid. */
  paymentIntent?: string | null;
}

type CheckoutEventType = 'checkout.session.completed' | 'checkout.session.expired' | 'checkout.session.async_payment_failed';

export function checkoutSessionEvent(type: CheckoutEventType, s: SessionFacts, created = new Date()): Stripe.Event {
  const paid = type === 'checkout.session.completed';
  const session = {
    id: s.sessionId,
    object: 'checkout.session',
    mode: 'payment',
    livemode: false,
    amount_total: s.amountCents,
    amount_subtotal: s.amountCents,
    currency: s.currency,
    client_reference_id: s.appointmentId,
    metadata: { appointmentId: s.appointmentId, paymentId: s.paymentId },
    payment_intent: paid ? (s.paymentIntent ?? stripeId('pi')) : null,
    payment_status: paid ? 'paid' : 'unpaid',
    status: paid ? 'complete' : type === 'checkout.session.expired' ? 'expired' : 'complete',
    created: Math.floor(created.getTime() / 1000),
    url: null,
  };
  return envelope(type, session, created);
}

export function refundEvent(
  type: 'refund.created' | 'refund.updated',
  r: {
    refundId: string;
    paymentIntent: string;
    amountCents: number;
    currency: string;
    metadata?: Record<string, string>;
    status?: string;
  },
  created = new Date(),
): Stripe.Event {
  return envelope(
    type,
    {
      id: r.refundId,
      object: 'refund',
      amount: r.amountCents,
      currency: r.currency,
      payment_intent: r.paymentIntent,
      metadata: r.metadata ?? {},
      status: r.status ?? 'succeeded',
      reason: 'requested_by_customer',
      created: Math.floor(created.getTime() / 1000),
    },
    created,
  );
}

export function chargeRefundedEvent(
  c: { paymentIntent: string; amountCents: number; refundedCents: number; currency: string },
  created = new Date(),
): Stripe.Event {
  return envelope(
    'charge.refunded',
    {
      id: stripeId('ch'),
      object: 'charge',
      amount: c.amountCents,
      amount_refunded: c.refundedCents,
      currency: c.currency,
      payment_intent: c.paymentIntent,
      refunded: c.refundedCents >= c.amountCents,
      status: 'succeeded',
      metadata: {},
    },
    created,
  );
}

/** The API version the client sends; stripe types its settings as `any`. */
function apiVersion(): string | null {
  const version: unknown = stripe().getApiField('version');
  return typeof version === 'string' ? version : null;
}

function envelope(type: string, object: object, created: Date): Stripe.Event {
  return {
    id: stripeId('evt'),
    object: 'event',
    api_version: apiVersion(),
    type,
    created: Math.floor(created.getTime() / 1000),
    livemode: false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
    data: { object },
  } as unknown as Stripe.Event; // built by hand: the fields a handler reads, as Stripe sends them
}

/** The body and Stripe-Signature header Stripe would send for this event. */
export function signEvent(event: Stripe.Event, secret = env().STRIPE_WEBHOOK_SECRET): { payload: string; signature: string } {
  const payload = JSON.stringify(event, null, 2);
  return { payload, signature: stripe().webhooks.generateTestHeaderString({ payload, secret }) };
}
