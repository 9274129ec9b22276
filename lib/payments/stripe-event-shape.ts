// What a verified Stripe event must look like before we record or apply it. The signature proves
// who sent the bytes, not that they hold an event we can use: an event without an id cannot be
// recorded (so neither deduplicated), and one without its object cannot be applied. Such an
// event is refused with 400 and nothing is written (Stripe's own events always pass).
import { z } from 'zod';
import { AppError } from '../errors';
import type { Stripe } from './stripe-client';

const stripeObject = z.looseObject({ id: z.string().min(1).max(255) });

const stripeEventShape = z.looseObject({
  id: z.string().min(1).max(255),
  type: z.string().min(1).max(255),
  created: z.number().int().nonnegative(),
  data: z.looseObject({ object: stripeObject }),
});

export function assertUsableEvent(event: unknown): asserts event is Stripe.Event {
  const parsed = stripeEventShape.safeParse(event);
  if (parsed.success) return;
  const where = parsed.error.issues[0]?.path.join('.') || 'event';
  throw new AppError('VALIDATION_FAILED', `The Stripe event is signed but not usable: ${where} is missing or not valid.`);
}
