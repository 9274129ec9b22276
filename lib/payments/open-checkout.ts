// A Stripe Checkout Session for one held, card-paid visit. The amount is the payment's, which
// came from the visit type on the server. The idempotency key and every parameter derive from
// the payment, so a retry (the patient presses the button again after a network error) gets the
// same session instead of a second one.
import { db } from '../db';
import { env } from '../env';
import { AppError } from '../errors';
import { formatVisitTime } from '../notify/format-visit-time';
import { localCheckout, stripe, type Stripe } from './stripe-client';
import { log } from '../log';

const MINUTE = 60_000;
/** Stripe accepts 30 minutes to 24 hours; our own 15-minute hold ends first and expires it early. */
const SESSION_LIFETIME_MINUTES = 35;

export const checkoutReturnUrls = (appointmentId: string) => ({
  success: `${env().NEXTAUTH_URL}/patient/appointments?paid=${encodeURIComponent(appointmentId)}`,
  cancel: `${env().NEXTAUTH_URL}/patient/appointments?checkout=cancelled&appointment=${encodeURIComponent(appointmentId)}`,
});

function urlFor(session: Pick<Stripe.Checkout.Session, 'id' | 'url'>): string | null {
  if (localCheckout()) return `${env().NEXTAUTH_URL}/pay/test/${encodeURIComponent(session.id)}`;
  return session.url;
}

async function providerCall<T>(what: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (err) {
    log.warn(`payments: ${what} failed`, { err: err instanceof Error ? err.message : err });
    throw new AppError('PAYMENT_PROVIDER_ERROR');
  }
}

/** The URL to pay at, or null when there is nothing to pay online (not pending, or no longer held). */
export async function openCheckout(paymentId: string): Promise<string | null> {
  const p = await db().payment.findUniqueOrThrow({
    where: { id: paymentId },
    select: {
      id: true,
      status: true,
      method: true,
      amountCents: true,
      currency: true,
      createdAt: true,
      stripeCheckoutSessionId: true,
      appointment: {
        select: {
          id: true,
          status: true,
          startsAt: true,
          visitType: { select: { name: true } },
          therapist: { select: { timezone: true, user: { select: { name: true } } } },
          patient: { select: { timezone: true, user: { select: { email: true } } } },
        },
      },
    },
  });
  if (p.method !== 'CARD' || p.status !== 'PENDING' || p.appointment.status !== 'HELD') return null;
  if (p.stripeCheckoutSessionId) {
    const sessionId = p.stripeCheckoutSessionId;
    if (localCheckout()) return urlFor({ id: sessionId, url: null });
    const session = await providerCall('reading the Checkout Session', () => stripe().checkout.sessions.retrieve(sessionId));
    return session.status === 'open' ? urlFor(session) : null;
  }
  const a = p.appointment;
  const returnTo = checkoutReturnUrls(a.id);
  const metadata = { appointmentId: a.id, paymentId: p.id };
  const session = await providerCall('creating the Checkout Session', () =>
    stripe().checkout.sessions.create(
      {
        mode: 'payment',
        line_items: [
          {
            quantity: 1,
            price_data: {
              currency: p.currency,
              unit_amount: p.amountCents,
              product_data: {
                name: `${a.visitType.name} with ${a.therapist.user.name}, ${formatVisitTime(a.startsAt, a.patient.timezone)}`,
              },
            },
          },
        ],
        customer_email: a.patient.user.email,
        client_reference_id: a.id,
        metadata,
        payment_intent_data: { metadata },
        expires_at: Math.floor((p.createdAt.getTime() + SESSION_LIFETIME_MINUTES * MINUTE) / 1000),
        success_url: returnTo.success,
        cancel_url: returnTo.cancel,
      },
      { idempotencyKey: `checkout-${p.id}` },
    ),
  );
  // Two concurrent attempts: the first session stored stays (with real Stripe both are the same one).
  await db().payment.updateMany({
    where: { id: p.id, stripeCheckoutSessionId: null },
    data: { stripeCheckoutSessionId: session.id },
  });
  const stored = await db().payment.findUniqueOrThrow({ where: { id: p.id }, select: { stripeCheckoutSessionId: true } });
  return stored.stripeCheckoutSessionId === session.id ? urlFor(session) : openCheckout(p.id);
}
