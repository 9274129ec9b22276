// The local stand-in for Stripe's hosted Checkout (PAYMENTS_LOCAL_CHECKOUT=true only). "Pay" and
// "Cancel payment" do what Stripe would do: post the signed event to our real webhook endpoint, so
// the app goes through exactly the path it takes with real Stripe. Nothing here marks anything
// paid directly.
import { db } from '../db';
import { env } from '../env';
import { AppError } from '../errors';
import type { SessionUser } from '../auth/roles';
import { checkoutReturnUrls } from './open-checkout';
import { expireCheckoutSession } from './expire-checkout';
import { localCheckout } from './stripe-client';
import { checkoutSessionEvent, signEvent } from './test-events';

export async function findTestCheckout(user: SessionUser, sessionId: string) {
  if (!localCheckout()) return null;
  const payment = await db().payment.findUnique({
    where: { stripeCheckoutSessionId: sessionId },
    select: {
      id: true,
      status: true,
      amountCents: true,
      currency: true,
      appointmentId: true,
      appointment: {
        select: {
          startsAt: true,
          holdExpiresAt: true,
          status: true,
          visitType: { select: { name: true } },
          therapist: { select: { user: { select: { name: true } } } },
          patient: { select: { userId: true } },
        },
      },
    },
  });
  return payment && payment.appointment.patient.userId === user.id ? payment : null;
}

export async function finishTestCheckout(
  user: SessionUser,
  sessionId: string,
  outcome: 'pay' | 'cancel',
): Promise<{ redirectUrl: string }> {
  const payment = await findTestCheckout(user, sessionId);
  if (!payment) throw new AppError('NOT_FOUND', 'Checkout not found.');
  if (payment.status !== 'PENDING') throw new AppError('CONFLICT', 'This checkout is already closed.');
  if (outcome === 'cancel') await expireCheckoutSession(sessionId); // what our app would ask of Stripe
  const event = checkoutSessionEvent(outcome === 'pay' ? 'checkout.session.completed' : 'checkout.session.expired', {
    sessionId,
    appointmentId: payment.appointmentId,
    paymentId: payment.id,
    amountCents: payment.amountCents,
    currency: payment.currency,
  });
  const { payload, signature } = signEvent(event);
  const res = await fetch(`${env().NEXTAUTH_URL}/api/webhooks/stripe`, {
    method: 'POST',
    headers: { 'content-type': 'application/json; charset=utf-8', 'stripe-signature': signature },
    body: payload,
  });
  if (!res.ok) throw new AppError('PAYMENT_PROVIDER_ERROR', `The webhook endpoint answered ${res.status}.`);
  // A late payment may have moved to a re-booked appointment: read where it is now.
  const { appointmentId } = await db().payment.findUniqueOrThrow({ where: { id: payment.id }, select: { appointmentId: true } });
  const urls = checkoutReturnUrls(appointmentId);
  return { redirectUrl: outcome === 'pay' ? urls.success : urls.cancel };
}
