// Shared by the payment integration tests: a clinic with a paid visit type, patients, bookings by
// card, and signed Stripe events delivered to the real webhook handler.
import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { db } from '@/lib/db';
import { signEvent } from '@/lib/payments/test-events';
import type { Stripe } from '@/lib/payments/stripe-client';
import { createPatient, createVisitType } from '@/prisma/factories';
import { createIntake } from '@/prisma/demo-intakes';
import { POST as book } from '@/app/api/appointments/route';
import { POST as webhook } from '@/app/api/webhooks/stripe/route';
import { call, type Caller } from './http';
import { buildClinic } from './scheduling';

/** buildClinic() plus "Paid follow-up": 60 min, $75.00, free cancellation until 24 h, then a $30.00 fee. */
export async function buildPaidClinic() {
  const w = await buildClinic();
  const paidTypeId = (
    await createVisitType(db(), {
      name: 'Paid follow-up',
      durationMinutes: 60,
      priceCents: 7500,
      lateCancellationFeeCents: 3000,
      freeCancellationHours: 24,
    })
  ).id;

  const bookPaid = (as: Caller, start: Date, payment?: unknown, key = `key-${randomUUID()}`) =>
    call(book, {
      as,
      json: { visitTypeId: paidTypeId, therapistId: w.therapist.id, start: start.toISOString(), ...(payment ? { payment } : {}) },
      headers: { 'idempotency-key': key },
    });

  /** Books by card and answers what Stripe would know about its checkout. */
  async function bookByCard(as: Caller, start: Date) {
    const res = await bookPaid(as, start, { method: 'card' });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const payment = await db().payment.findUniqueOrThrow({ where: { appointmentId: res.body.id } });
    const facts = {
      sessionId: payment.stripeCheckoutSessionId!,
      appointmentId: res.body.id as string,
      paymentId: payment.id,
      amountCents: payment.amountCents,
      currency: payment.currency,
      paymentIntent: `pi_test_${randomUUID().replaceAll('-', '')}`,
    };
    return { res, payment, facts };
  }

  return { ...w, paidTypeId, bookPaid, bookByCard };
}

export async function newPatient() {
  const user = await createPatient(db(), { email: `payer-${randomUUID().slice(0, 8)}@example.test`, name: 'Casey Payer' });
  await createIntake(db(), { patientId: user.patient!.id });
  return { ...user, patientId: user.patient!.id };
}

/** Posts an event the way Stripe does: the exact JSON body and its Stripe-Signature header. */
export function deliver(event: Stripe.Event) {
  const { payload, signature } = signEvent(event);
  return call(webhook, {
    rawBody: payload,
    headers: { 'content-type': 'application/json; charset=utf-8', 'stripe-signature': signature },
  });
}

/** The data of the queued jobs with this name, oldest first. */
export function jobs(name: string) {
  return db().$queryRaw<{ data: Record<string, string> }[]>`SELECT data FROM pgboss.job WHERE name = ${name} ORDER BY created_on`;
}
