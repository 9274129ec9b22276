// The process's one Stripe client. Real test or live keys talk to Stripe; locally and in tests
// STRIPE_API_HOST/PORT/PROTOCOL point the same SDK at stripe-mock.
import Stripe from 'stripe';
import { env } from '../env';

const globalForStripe = globalThis as unknown as { rehabitStripe?: Stripe };

export function stripe(): Stripe {
  if (!globalForStripe.rehabitStripe) {
    const e = env();
    globalForStripe.rehabitStripe = new Stripe(e.STRIPE_SECRET_KEY, {
      ...(e.STRIPE_API_HOST ? { host: e.STRIPE_API_HOST } : {}),
      ...(e.STRIPE_API_PORT ? { port: e.STRIPE_API_PORT } : {}),
      ...(e.STRIPE_API_PROTOCOL ? { protocol: e.STRIPE_API_PROTOCOL } : {}),
      maxNetworkRetries: 2,
      timeout: 20_000,
      appInfo: { name: 'Rehabit' },
    });
  }
  return globalForStripe.rehabitStripe;
}

/**
 * Whether card payment can work here: a real key (test or live), or the local key with stripe-mock
 * running. With neither (stripe-mock not built), a card booking is refused before anything is held.
 */
export function cardPaymentsConfigured(): boolean {
  return env().STRIPE_API_HOST !== undefined || !env().STRIPE_SECRET_KEY.startsWith('sk_test_RehabitLocal');
}

/** Whether checkout goes to the local test-payment page instead of Stripe's hosted page. */
export function localCheckout(): boolean {
  return env().PAYMENTS_LOCAL_CHECKOUT === 'true' && !env().STRIPE_SECRET_KEY.startsWith('sk_live_');
}

export type { Stripe };
