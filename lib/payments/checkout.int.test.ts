// Paying for a visit against stripe-mock (API calls) and signed events built the way Stripe builds
// them (stripe-mock sends no webhooks): booking by card or insurance, and the webhook (signature,
// replays, any order, expiry, payments that arrive after the hold ended).
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { runJob } from '@/lib/jobs/run-job';
import { issueRefund } from '@/lib/payments/request-refund';
import { chargeRefundedEvent, checkoutSessionEvent, refundEvent, signEvent } from '@/lib/payments/test-events';
import type { Stripe } from '@/lib/payments/stripe-client';
import { call } from '@/tests/support/http';
import { latestMailTo } from '@/tests/support/mail';
import { buildPaidClinic, deliver, jobs, newPatient } from '@/tests/support/payments';
import { at, weekdayAhead } from '@/tests/support/scheduling';
import { GET as listSlots } from '@/app/api/slots/route';
import { POST as webhook } from '@/app/api/webhooks/stripe/route';
import { POST as resumeCheckout } from '@/app/api/payments/[id]/checkout/route';

let w: Awaited<ReturnType<typeof buildPaidClinic>>;
const day = weekdayAhead(2);

beforeAll(async () => {
  w = await buildPaidClinic();
});

async function openStarts(): Promise<string[]> {
  const from = at(day, '00:00').toISOString();
  const to = at(day, '23:59').toISOString();
  const res = await call(listSlots, {
    path: `/api/slots?visitTypeId=${w.paidTypeId}&therapistId=${w.therapist.id}&from=${from}&to=${to}`,
  });
  return res.body.slots.map((s: { start: string }) => s.start);
}

describe('booking a visit with a price', () => {
  it('by card: holds the time for 15 minutes with a pending payment and answers where to pay', async () => {
    const patient = await newPatient();
    const key = `card-${randomUUID()}`;
    const res = await w.bookPaid(patient, at(day, '09:00'), { method: 'card' }, key);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      status: 'HELD',
      priceCents: 7500,
      payment: { method: 'CARD', status: 'PENDING', amountCents: 7500, currency: 'usd' },
    });
    const heldFor = Date.parse(res.body.holdExpiresAt) - Date.now();
    expect(heldFor).toBeGreaterThan(14 * 60_000);
    expect(heldFor).toBeLessThanOrEqual(15 * 60_000);
    const payment = await db().payment.findUniqueOrThrow({ where: { appointmentId: res.body.id } });
    expect(payment.stripeCheckoutSessionId).toMatch(/^cs_/);
    // Tests run with PAYMENTS_LOCAL_CHECKOUT=true: the local test page stands in for Stripe's.
    expect(res.body.checkoutUrl).toBe(`${process.env.NEXTAUTH_URL}/pay/test/${payment.stripeCheckoutSessionId}`);
    expect(await jobs('appointment.booked')).not.toContainEqual({ data: { appointmentId: res.body.id } });

    const again = await w.bookPaid(patient, at(day, '09:00'), { method: 'card' }, key);
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.body).toMatchObject({ id: res.body.id, checkoutUrl: res.body.checkoutUrl });
    expect(await db().payment.count({ where: { appointment: { patientId: patient.patientId } } })).toBe(1);
    // Back later (the tab was closed): the same session, for the patient only.
    const resumed = await call(resumeCheckout, { as: patient, method: 'POST', params: { id: payment.id } });
    expect(resumed.body).toEqual({ checkoutUrl: res.body.checkoutUrl });
    expect((await call(resumeCheckout, { as: await newPatient(), method: 'POST', params: { id: payment.id } })).status).toBe(404);
    const switched = await w.bookPaid(
      patient,
      at(day, '09:00'),
      { method: 'insurance', payer: 'Aetna', memberId: 'W123456789' },
      key,
    );
    expect(switched.status).toBe(422);
    expect(switched.body.error.code).toBe('IDEMPOTENCY_KEY_REUSED');
  });

  it('by insurance: booked at once, with the payer and member id on the claim', async () => {
    const patient = await newPatient();
    const res = await w.bookPaid(patient, at(day, '10:00'), {
      method: 'insurance',
      payer: 'Blue Cross Blue Shield',
      memberId: 'XYZ 123-456',
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      status: 'BOOKED',
      checkoutUrl: null,
      payment: { method: 'INSURANCE', status: 'INSURANCE_CLAIM', amountCents: 7500 },
    });
    expect(await db().payment.findUniqueOrThrow({ where: { appointmentId: res.body.id } })).toMatchObject({
      insurancePayer: 'Blue Cross Blue Shield',
      insuranceMemberId: 'XYZ 123-456',
    });
    expect(await jobs('appointment.booked')).toContainEqual({ data: { appointmentId: res.body.id } });
  });

  it('without a payment choice: refused, nothing held', async () => {
    const patient = await newPatient();
    const res = await w.bookPaid(patient, at(day, '11:00'));
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('PAYMENT_REQUIRED');
    const half = await w.bookPaid(patient, at(day, '11:00'), { method: 'insurance', payer: 'Aetna' });
    expect(half.status).toBe(400);
    const priced = await w.bookPaid(patient, at(day, '11:00'), { method: 'card', amountCents: 1 });
    expect(priced.status).toBe(201);
    expect(priced.body.payment.amountCents).toBe(7500); // the server's price, whatever the browser sends
  });
});

describe('POST /api/webhooks/stripe', () => {
  it('pay → the payment succeeds, the visit is booked and the confirmation email goes out', async () => {
    const patient = await newPatient();
    const { facts } = await w.bookByCard(patient, at(day, '12:00'));
    const res = await deliver(checkoutSessionEvent('checkout.session.completed', facts));
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ received: true, replay: false });
    expect((await call(resumeCheckout, { as: patient, method: 'POST', params: { id: facts.paymentId } })).body).toEqual({
      checkoutUrl: null,
    });

    const appointment = await db().appointment.findUniqueOrThrow({
      where: { id: facts.appointmentId },
      include: { payment: true },
    });
    expect(appointment).toMatchObject({ status: 'BOOKED', holdExpiresAt: null });
    expect(appointment.payment).toMatchObject({
      status: 'SUCCEEDED',
      stripePaymentIntentId: facts.paymentIntent,
      refundedCents: 0,
    });
    expect(appointment.payment!.paidAt).not.toBeNull();
    expect(await jobs('appointment.booked')).toContainEqual({ data: { appointmentId: facts.appointmentId } });
    expect((await jobs('appointment.reminder')).map((j) => j.data.appointmentId)).toContain(facts.appointmentId);

    await runJob('appointment.booked', { appointmentId: facts.appointmentId });
    expect((await latestMailTo(patient.email)).subject).toMatch(/^Booked: Paid follow-up/);
  });

  it('a bad or missing signature → 400 and nothing changes', async () => {
    const patient = await newPatient();
    const { facts } = await w.bookByCard(patient, at(day, '13:00'));
    const event = checkoutSessionEvent('checkout.session.completed', facts);
    const { payload, signature } = signEvent(event);
    const forged = signEvent(event, 'whsec_not_the_right_secret');
    const tampered = payload.replace(facts.paymentIntent, 'pi_test_someone_else');
    const attempts: { rawBody: string; headers: Record<string, string> }[] = [
      { rawBody: payload, headers: { 'content-type': 'application/json' } },
      { rawBody: payload, headers: { 'content-type': 'application/json', 'stripe-signature': forged.signature } },
      { rawBody: tampered, headers: { 'content-type': 'application/json', 'stripe-signature': signature } },
      { rawBody: payload, headers: { 'content-type': 'application/json', 'stripe-signature': 't=1,v1=deadbeef' } },
    ];
    for (const attempt of attempts) {
      const res = await call(webhook, attempt);
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('INVALID_SIGNATURE');
    }
    expect(await db().webhookEvent.count({ where: { eventId: event.id } })).toBe(0);
    expect(
      await db().appointment.findUniqueOrThrow({ where: { id: facts.appointmentId }, include: { payment: true } }),
    ).toMatchObject({ status: 'HELD', payment: { status: 'PENDING', stripePaymentIntentId: null } });
  });

  it('checkout expired → the hold is released and the time is open again', async () => {
    const patient = await newPatient();
    const start = at(day, '14:00');
    const { facts } = await w.bookByCard(patient, start);
    expect(await openStarts()).not.toContain(start.toISOString());
    expect((await deliver(checkoutSessionEvent('checkout.session.expired', facts))).status).toBe(200);
    expect(
      await db().appointment.findUniqueOrThrow({ where: { id: facts.appointmentId }, include: { payment: true } }),
    ).toMatchObject({ status: 'CANCELLED', cancelReason: 'payment not completed', payment: { status: 'EXPIRED' } });
    expect(await openStarts()).toContain(start.toISOString());
  });

  it('our 15-minute hold running out (the holds.expire job) → payment EXPIRED, Stripe asked to close the session', async () => {
    const patient = await newPatient();
    const start = at(day, '15:00');
    const { facts } = await w.bookByCard(patient, start);
    await db().appointment.update({ where: { id: facts.appointmentId }, data: { holdExpiresAt: new Date(Date.now() - 1000) } });
    await runJob('holds.expire', {});
    expect(
      await db().appointment.findUniqueOrThrow({ where: { id: facts.appointmentId }, include: { payment: true } }),
    ).toMatchObject({ status: 'CANCELLED', cancelReason: 'hold expired', payment: { status: 'EXPIRED' } });
    expect(await jobs('payment.expire-checkout')).toContainEqual({ data: { sessionId: facts.sessionId } });
    await runJob('payment.expire-checkout', { sessionId: facts.sessionId }); // stripe-mock accepts it
    expect(await openStarts()).toContain(start.toISOString());
  });

  it('a payment after the hold ended, with the time taken meanwhile → refunded in full and the patient told', async () => {
    const late = await newPatient();
    const start = at(day, '16:00');
    const { facts } = await w.bookByCard(late, start);
    await db().appointment.update({ where: { id: facts.appointmentId }, data: { holdExpiresAt: new Date(Date.now() - 1000) } });
    await runJob('holds.expire', {});
    const other = await newPatient();
    const taken = await w.bookPaid(other, start, { method: 'insurance', payer: 'Cigna', memberId: 'C-998877' });
    expect(taken.status).toBe(201);

    expect((await deliver(checkoutSessionEvent('checkout.session.completed', facts))).status).toBe(200);
    const payment = await db().payment.findUniqueOrThrow({ where: { id: facts.paymentId }, include: { refunds: true } });
    expect(payment).toMatchObject({ status: 'REFUNDED', refundedCents: 7500, appointmentId: facts.appointmentId });
    expect(payment.refunds).toMatchObject([{ amountCents: 7500, requestedById: null }]);
    const active = await db().appointment.findMany({
      where: { startsAt: start, therapistId: w.therapist.id, status: { in: ['HELD', 'BOOKED'] } },
    });
    expect(active.map((a) => a.patientId)).toEqual([other.patientId]); // never two patients in one slot

    const stripeRefund = await issueRefund(payment.refunds[0]!.id);
    expect(stripeRefund).toMatchObject({ object: 'refund', amount: 7500, payment_intent: facts.paymentIntent });
    expect((await db().refund.findUniqueOrThrow({ where: { id: payment.refunds[0]!.id } })).stripeRefundId).toBe(
      stripeRefund!.id,
    );

    const [notice] = await jobs('payment.slot-lost-notice');
    expect(notice!.data).toMatchObject({ paymentId: facts.paymentId, why: 'slot-taken' });
    await runJob('payment.slot-lost-notice', notice!.data);
    const mail = await latestMailTo(late.email);
    expect(mail.subject).toBe('Refunded in full: Paid follow-up could not be booked');
    expect(mail.text).toContain('someone else has booked it');
    expect(mail.text).toContain('$75.00');
  });

  it('a payment after the hold ended, with the time still free → booked again', async () => {
    const patient = await newPatient();
    const start = at(weekdayAhead(3), '09:00');
    const { facts } = await w.bookByCard(patient, start);
    await db().appointment.update({ where: { id: facts.appointmentId }, data: { holdExpiresAt: new Date(Date.now() - 1000) } });
    await runJob('holds.expire', {});
    expect((await deliver(checkoutSessionEvent('checkout.session.completed', facts))).status).toBe(200);
    const payment = await db().payment.findUniqueOrThrow({ where: { id: facts.paymentId }, include: { appointment: true } });
    expect(payment).toMatchObject({ status: 'SUCCEEDED', refundedCents: 0 });
    expect(payment.appointmentId).not.toBe(facts.appointmentId);
    expect(payment.appointment).toMatchObject({ status: 'BOOKED', startsAt: start, patientId: patient.patientId });
    // The intake travels with the visit, so the therapist still sees it on the re-booked one.
    const intake = await db().intake.findFirstOrThrow({ where: { patientId: patient.patientId } });
    expect(payment.appointment.intakeId).toBe(intake.id);
    expect(await jobs('appointment.booked')).toContainEqual({ data: { appointmentId: payment.appointmentId } });
  });

  it('every event delivered 3 times, in any order → the same final state as in order', async () => {
    // Stripe retries anything not answered 2xx (here: a refund for a payment the app does not know
    // yet), so a delivery refused now goes to the back of the queue, as Stripe's retry would.
    async function playOut(start: Date, order: (events: Stripe.Event[]) => Stripe.Event[]) {
      const patient = await newPatient();
      const { facts } = await w.bookByCard(patient, start);
      const pi = facts.paymentIntent;
      const events = [
        checkoutSessionEvent('checkout.session.completed', facts),
        refundEvent('refund.created', {
          refundId: `re_test_${randomUUID().slice(0, 12)}`,
          paymentIntent: pi,
          amountCents: 2000,
          currency: 'usd',
        }),
        chargeRefundedEvent({ paymentIntent: pi, amountCents: 7500, refundedCents: 2000, currency: 'usd' }),
        checkoutSessionEvent('checkout.session.expired', facts), // Stripe would not send it after payment; it must change nothing
      ];
      const queue = order(events);
      for (let round = 0; queue.length > 0; round++) {
        expect(round).toBeLessThan(200);
        const event = queue.shift()!;
        const res = await deliver(event);
        if (res.status !== 200) {
          expect(res.status).toBe(409);
          queue.push(event);
        }
      }
      const payment = await db().payment.findUniqueOrThrow({
        where: { id: facts.paymentId },
        select: {
          status: true,
          amountCents: true,
          refundedCents: true,
          stripePaymentIntentId: true,
          refunds: { select: { amountCents: true } },
          appointment: { select: { status: true, startsAt: true, patientId: true } },
        },
      });
      const active = await db().appointment.count({
        where: { patientId: patient.patientId, status: { in: ['HELD', 'BOOKED'] } },
      });
      return {
        ...payment,
        stripePaymentIntentId: payment.stripePaymentIntentId === pi,
        appointment: { ...payment.appointment, patientId: null },
        active,
      };
    }

    const inOrder = await playOut(at(weekdayAhead(4), '09:00'), (events) => [...events]);
    expect(inOrder).toMatchObject({
      status: 'PARTIALLY_REFUNDED',
      refundedCents: 2000,
      refunds: [{ amountCents: 2000 }],
      active: 1,
      appointment: { status: 'BOOKED' },
      stripePaymentIntentId: true,
    });
    let seed = 20261125;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (const [i, hhmm] of ['10:00', '11:00', '12:00', '13:00', '14:00'].entries()) {
      const start = at(weekdayAhead(4), hhmm);
      const shuffled = await playOut(start, (events) => {
        const copies = events.flatMap((e) => [e, e, e]);
        for (let k = copies.length - 1; k > 0; k--) {
          const j = Math.floor(random() * (k + 1));
          [copies[k], copies[j]] = [copies[j]!, copies[k]!];
        }
        return copies;
      });
      expect(shuffled, `shuffle ${i}`).toEqual({ ...inOrder, appointment: { ...inOrder.appointment, startsAt: start } });
    }
  });

  it('a replay is answered 200 and changes nothing', async () => {
    const patient = await newPatient();
    const { facts } = await w.bookByCard(patient, at(weekdayAhead(3), '10:00'));
    const event = checkoutSessionEvent('checkout.session.completed', facts);
    expect((await deliver(event)).body).toEqual({ received: true, replay: false });
    const before = await db().payment.findUniqueOrThrow({ where: { id: facts.paymentId } });
    expect((await deliver(event)).body).toEqual({ received: true, replay: true });
    expect(await db().payment.findUniqueOrThrow({ where: { id: facts.paymentId } })).toEqual(before);
    expect((await jobs('appointment.booked')).filter((j) => j.data.appointmentId === facts.appointmentId)).toHaveLength(1);
  });
});
