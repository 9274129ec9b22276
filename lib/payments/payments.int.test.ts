// Paying for visits end to end against stripe-mock (API calls) and signed events built the way
// Stripe builds them (stripe-mock sends no webhooks): booking with a card or insurance, the webhook
// (signature, replays, any order), expiry, the cancellation policy and refunds.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { runJob } from '@/lib/jobs/run-job';
import { issueRefund } from '@/lib/payments/request-refund';
import { chargeRefundedEvent, checkoutSessionEvent, refundEvent, signEvent } from '@/lib/payments/test-events';
import type { Stripe } from '@/lib/payments/stripe-client';
import { call, type Caller } from '@/tests/support/http';
import { latestMailTo } from '@/tests/support/mail';
import { at, buildClinic, weekdayAhead } from '@/tests/support/scheduling';
import { createAdmin, createAppointment, createPatient, createPractice, createVisitType } from '@/prisma/factories';
import { POST as book } from '@/app/api/appointments/route';
import { POST as cancel } from '@/app/api/appointments/[id]/cancel/route';
import { POST as setStatus } from '@/app/api/appointments/[id]/status/route';
import { GET as listSlots } from '@/app/api/slots/route';
import { POST as webhook } from '@/app/api/webhooks/stripe/route';
import { GET as ownPayments } from '@/app/api/payments/route';
import { GET as adminPayments } from '@/app/api/admin/payments/route';
import { POST as adminRefund } from '@/app/api/admin/payments/[id]/refunds/route';

const HOUR = 3_600_000;
let w: Awaited<ReturnType<typeof buildClinic>>;
let paidTypeId: string;
const day = weekdayAhead(2);

beforeAll(async () => {
  w = await buildClinic();
  paidTypeId = (await createVisitType(db(), {
    name: 'Paid follow-up', durationMinutes: 60, priceCents: 7500, lateCancellationFeeCents: 3000, freeCancellationHours: 24,
  })).id;
});

const newPatient = async () => {
  const user = await createPatient(db(), { email: `payer-${randomUUID().slice(0, 8)}@example.test`, name: 'Casey Payer' });
  return { ...user, patientId: user.patient!.id };
};

const bookPaid = (as: Caller, start: Date, payment?: unknown, key = `key-${randomUUID()}`) => call(book, {
  as, json: { visitTypeId: paidTypeId, therapistId: w.therapist.id, start: start.toISOString(), ...(payment ? { payment } : {}) },
  headers: { 'idempotency-key': key },
});

async function bookByCard(as: Caller, start: Date) {
  const res = await bookPaid(as, start, { method: 'card' });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  const payment = await db().payment.findUniqueOrThrow({ where: { appointmentId: res.body.id } });
  const facts = {
    sessionId: payment.stripeCheckoutSessionId!, appointmentId: res.body.id as string, paymentId: payment.id,
    amountCents: payment.amountCents, currency: payment.currency, paymentIntent: `pi_test_${randomUUID().replaceAll('-', '')}`,
  };
  return { res, payment, facts };
}

const deliver = (event: Stripe.Event, headers: Record<string, string> = {}) => {
  const { payload, signature } = signEvent(event);
  return call(webhook, { rawBody: payload, headers: { 'content-type': 'application/json; charset=utf-8', 'stripe-signature': signature, ...headers } });
};

const jobs = (name: string) => db().$queryRaw<{ data: Record<string, string> }[]>`SELECT data FROM pgboss.job WHERE name = ${name} ORDER BY created_on`;

async function openStarts(): Promise<string[]> {
  const from = at(day, '00:00').toISOString();
  const to = at(day, '23:59').toISOString();
  const res = await call(listSlots, { path: `/api/slots?visitTypeId=${paidTypeId}&therapistId=${w.therapist.id}&from=${from}&to=${to}` });
  return res.body.slots.map((s: { start: string }) => s.start);
}

describe('booking a visit with a price', () => {
  it('by card: holds the time for 15 minutes with a pending payment and answers where to pay', async () => {
    const patient = await newPatient();
    const key = `card-${randomUUID()}`;
    const res = await bookPaid(patient, at(day, '09:00'), { method: 'card' }, key);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ status: 'HELD', priceCents: 7500, payment: { method: 'CARD', status: 'PENDING', amountCents: 7500, currency: 'usd' } });
    const heldFor = Date.parse(res.body.holdExpiresAt) - Date.now();
    expect(heldFor).toBeGreaterThan(14 * 60_000);
    expect(heldFor).toBeLessThanOrEqual(15 * 60_000);
    const payment = await db().payment.findUniqueOrThrow({ where: { appointmentId: res.body.id } });
    expect(payment.stripeCheckoutSessionId).toMatch(/^cs_/);
    // Tests run with PAYMENTS_LOCAL_CHECKOUT=true: the local test page stands in for Stripe's.
    expect(res.body.checkoutUrl).toBe(`${process.env.NEXTAUTH_URL}/pay/test/${payment.stripeCheckoutSessionId}`);
    expect(await jobs('appointment.booked')).not.toContainEqual({ data: { appointmentId: res.body.id } });

    const again = await bookPaid(patient, at(day, '09:00'), { method: 'card' }, key);
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.body).toMatchObject({ id: res.body.id, checkoutUrl: res.body.checkoutUrl });
    expect(await db().payment.count({ where: { appointment: { patientId: patient.patientId } } })).toBe(1);
    const switched = await bookPaid(patient, at(day, '09:00'), { method: 'insurance', payer: 'Aetna', memberId: 'W123456789' }, key);
    expect(switched.status).toBe(422);
    expect(switched.body.error.code).toBe('IDEMPOTENCY_KEY_REUSED');
  });

  it('by insurance: booked at once, with the payer and member id on the claim', async () => {
    const patient = await newPatient();
    const res = await bookPaid(patient, at(day, '10:00'), { method: 'insurance', payer: 'Blue Cross Blue Shield', memberId: 'XYZ 123-456' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ status: 'BOOKED', checkoutUrl: null, payment: { method: 'INSURANCE', status: 'INSURANCE_CLAIM', amountCents: 7500 } });
    expect(await db().payment.findUniqueOrThrow({ where: { appointmentId: res.body.id } }))
      .toMatchObject({ insurancePayer: 'Blue Cross Blue Shield', insuranceMemberId: 'XYZ 123-456' });
    expect(await jobs('appointment.booked')).toContainEqual({ data: { appointmentId: res.body.id } });
  });

  it('without a payment choice: refused, nothing held', async () => {
    const patient = await newPatient();
    const res = await bookPaid(patient, at(day, '11:00'));
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('PAYMENT_REQUIRED');
    const half = await bookPaid(patient, at(day, '11:00'), { method: 'insurance', payer: 'Aetna' });
    expect(half.status).toBe(400);
    const priced = await bookPaid(patient, at(day, '11:00'), { method: 'card', amountCents: 1 });
    expect(priced.status).toBe(201);
    expect(priced.body.payment.amountCents).toBe(7500); // the server's price, whatever the browser sends
  });
});

describe('POST /api/webhooks/stripe', () => {
  it('pay → the payment succeeds, the visit is booked and the confirmation email goes out', async () => {
    const patient = await newPatient();
    const { facts } = await bookByCard(patient, at(day, '12:00'));
    const res = await deliver(checkoutSessionEvent('checkout.session.completed', facts));
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ received: true, replay: false });

    const appointment = await db().appointment.findUniqueOrThrow({ where: { id: facts.appointmentId }, include: { payment: true } });
    expect(appointment).toMatchObject({ status: 'BOOKED', holdExpiresAt: null });
    expect(appointment.payment).toMatchObject({ status: 'SUCCEEDED', stripePaymentIntentId: facts.paymentIntent, refundedCents: 0 });
    expect(appointment.payment!.paidAt).not.toBeNull();
    expect(await jobs('appointment.booked')).toContainEqual({ data: { appointmentId: facts.appointmentId } });
    expect((await jobs('appointment.reminder')).map((j) => j.data.appointmentId)).toContain(facts.appointmentId);

    await runJob('appointment.booked', { appointmentId: facts.appointmentId });
    expect((await latestMailTo(patient.email)).subject).toMatch(/^Booked: Paid follow-up/);
  });

  it('a bad or missing signature → 400 and nothing changes', async () => {
    const patient = await newPatient();
    const { facts } = await bookByCard(patient, at(day, '13:00'));
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
    expect(await db().appointment.findUniqueOrThrow({ where: { id: facts.appointmentId }, include: { payment: true } }))
      .toMatchObject({ status: 'HELD', payment: { status: 'PENDING', stripePaymentIntentId: null } });
  });

  it('checkout expired → the hold is released and the time is open again', async () => {
    const patient = await newPatient();
    const start = at(day, '14:00');
    const { facts } = await bookByCard(patient, start);
    expect(await openStarts()).not.toContain(start.toISOString());
    expect((await deliver(checkoutSessionEvent('checkout.session.expired', facts))).status).toBe(200);
    expect(await db().appointment.findUniqueOrThrow({ where: { id: facts.appointmentId }, include: { payment: true } }))
      .toMatchObject({ status: 'CANCELLED', cancelReason: 'payment not completed', payment: { status: 'EXPIRED' } });
    expect(await openStarts()).toContain(start.toISOString());
  });

  it('our 15-minute hold running out (the holds.expire job) → payment EXPIRED, Stripe asked to close the session', async () => {
    const patient = await newPatient();
    const start = at(day, '15:00');
    const { facts } = await bookByCard(patient, start);
    await db().appointment.update({ where: { id: facts.appointmentId }, data: { holdExpiresAt: new Date(Date.now() - 1000) } });
    await runJob('holds.expire', {});
    expect(await db().appointment.findUniqueOrThrow({ where: { id: facts.appointmentId }, include: { payment: true } }))
      .toMatchObject({ status: 'CANCELLED', cancelReason: 'hold expired', payment: { status: 'EXPIRED' } });
    expect(await jobs('payment.expire-checkout')).toContainEqual({ data: { sessionId: facts.sessionId } });
    await runJob('payment.expire-checkout', { sessionId: facts.sessionId }); // stripe-mock accepts it
    expect(await openStarts()).toContain(start.toISOString());
  });

  it('a payment after the hold ended, with the time taken meanwhile → refunded in full and the patient told', async () => {
    const late = await newPatient();
    const start = at(day, '16:00');
    const { facts } = await bookByCard(late, start);
    await db().appointment.update({ where: { id: facts.appointmentId }, data: { holdExpiresAt: new Date(Date.now() - 1000) } });
    await runJob('holds.expire', {});
    const other = await newPatient();
    const taken = await bookPaid(other, start, { method: 'insurance', payer: 'Cigna', memberId: 'C-998877' });
    expect(taken.status).toBe(201);

    expect((await deliver(checkoutSessionEvent('checkout.session.completed', facts))).status).toBe(200);
    const payment = await db().payment.findUniqueOrThrow({ where: { id: facts.paymentId }, include: { refunds: true } });
    expect(payment).toMatchObject({ status: 'REFUNDED', refundedCents: 7500, appointmentId: facts.appointmentId });
    expect(payment.refunds).toMatchObject([{ amountCents: 7500, requestedById: null }]);
    const active = await db().appointment.findMany({ where: { startsAt: start, therapistId: w.therapist.id, status: { in: ['HELD', 'BOOKED'] } } });
    expect(active.map((a) => a.patientId)).toEqual([other.patientId]); // never two patients in one slot

    const stripeRefund = await issueRefund(payment.refunds[0]!.id);
    expect(stripeRefund).toMatchObject({ object: 'refund', amount: 7500, payment_intent: facts.paymentIntent });
    expect((await db().refund.findUniqueOrThrow({ where: { id: payment.refunds[0]!.id } })).stripeRefundId).toBe(stripeRefund!.id);

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
    const { facts } = await bookByCard(patient, start);
    await db().appointment.update({ where: { id: facts.appointmentId }, data: { holdExpiresAt: new Date(Date.now() - 1000) } });
    await runJob('holds.expire', {});
    expect((await deliver(checkoutSessionEvent('checkout.session.completed', facts))).status).toBe(200);
    const payment = await db().payment.findUniqueOrThrow({ where: { id: facts.paymentId }, include: { appointment: true } });
    expect(payment).toMatchObject({ status: 'SUCCEEDED', refundedCents: 0 });
    expect(payment.appointmentId).not.toBe(facts.appointmentId);
    expect(payment.appointment).toMatchObject({ status: 'BOOKED', startsAt: start, patientId: patient.patientId });
    expect(await jobs('appointment.booked')).toContainEqual({ data: { appointmentId: payment.appointmentId } });
  });

  it('every event delivered 3 times, in any order → the same final state as in order', async () => {
    // Stripe retries anything not answered 2xx (here: a refund for a payment the app does not know
    // yet), so a delivery refused now goes to the back of the queue, as Stripe's retry would.
    async function playOut(start: Date, order: (events: Stripe.Event[]) => Stripe.Event[]) {
      const patient = await newPatient();
      const { facts } = await bookByCard(patient, start);
      const pi = facts.paymentIntent;
      const events = [
        checkoutSessionEvent('checkout.session.completed', facts),
        refundEvent('refund.created', { refundId: `re_test_${randomUUID().slice(0, 12)}`, paymentIntent: pi, amountCents: 2000, currency: 'usd' }),
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
        select: { status: true, amountCents: true, refundedCents: true, stripePaymentIntentId: true, refunds: { select: { amountCents: true } }, appointment: { select: { status: true, startsAt: true, patientId: true } } },
      });
      const active = await db().appointment.count({ where: { patientId: patient.patientId, status: { in: ['HELD', 'BOOKED'] } } });
      return { ...payment, stripePaymentIntentId: payment.stripePaymentIntentId === pi, appointment: { ...payment.appointment, patientId: null }, active };
    }

    const inOrder = await playOut(at(weekdayAhead(4), '09:00'), (events) => [...events]);
    expect(inOrder).toMatchObject({
      status: 'PARTIALLY_REFUNDED', refundedCents: 2000, refunds: [{ amountCents: 2000 }], active: 1,
      appointment: { status: 'BOOKED' }, stripePaymentIntentId: true,
    });
    let seed = 20261125;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
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
    const { facts } = await bookByCard(patient, at(weekdayAhead(3), '10:00'));
    const event = checkoutSessionEvent('checkout.session.completed', facts);
    expect((await deliver(event)).body).toEqual({ received: true, replay: false });
    const before = await db().payment.findUniqueOrThrow({ where: { id: facts.paymentId } });
    expect((await deliver(event)).body).toEqual({ received: true, replay: true });
    expect(await db().payment.findUniqueOrThrow({ where: { id: facts.paymentId } })).toEqual(before);
    expect((await jobs('appointment.booked')).filter((j) => j.data.appointmentId === facts.appointmentId)).toHaveLength(1);
  });
});

describe('the cancellation policy', () => {
  /** A paid, booked visit `hoursAhead` from now (written directly: the booking rules are not the point here). */
  async function paidVisit(hoursAhead: number) {
    const patient = await newPatient();
    const appointment = await createAppointment(db(), {
      patientId: patient.patientId, therapistId: w.therapist.id, visitTypeId: paidTypeId,
      startsAt: new Date(Date.now() + hoursAhead * HOUR),
    });
    const payment = await db().payment.create({
      data: {
        appointmentId: appointment.id, method: 'CARD', status: 'SUCCEEDED', amountCents: 7500, currency: 'usd', paidAt: new Date(),
        stripeCheckoutSessionId: `cs_test_${randomUUID().slice(0, 12)}`, stripePaymentIntentId: `pi_test_${randomUUID().replaceAll('-', '')}`,
      },
    });
    return { patient, appointment, payment };
  }

  it('late cancellation by the patient → the refund minus the late fee is requested from Stripe', async () => {
    const { patient, appointment, payment } = await paidVisit(5);
    const res = await call(cancel, { as: patient, params: { id: appointment.id }, json: { reason: 'Stuck at work.' } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ late: true, cancelledBy: 'patient', billing: { method: 'CARD', refundCents: 4500, feeCents: 3000, currency: 'usd' } });
    const after = await db().payment.findUniqueOrThrow({ where: { id: payment.id }, include: { refunds: true } });
    expect(after).toMatchObject({ status: 'PARTIALLY_REFUNDED', refundedCents: 4500, feeCents: 3000, feeReason: 'LATE_CANCELLATION' });
    const refund = after.refunds[0]!;
    expect(await jobs('payment.refund')).toContainEqual({ data: { refundId: refund.id } });

    const sent = await issueRefund(refund.id);
    expect(sent).toMatchObject({ object: 'refund', amount: 4500, payment_intent: payment.stripePaymentIntentId });
    expect(await issueRefund(refund.id)).toBeNull(); // the job running again sends nothing twice
    // Stripe's own news about it, before or after: nothing is counted twice.
    const news = refundEvent('refund.created', {
      refundId: sent!.id, paymentIntent: payment.stripePaymentIntentId!, amountCents: 4500, currency: 'usd', metadata: { refundId: refund.id },
    });
    expect((await deliver(news)).status).toBe(200);
    expect((await deliver(chargeRefundedEvent({ paymentIntent: payment.stripePaymentIntentId!, amountCents: 7500, refundedCents: 4500, currency: 'usd' }))).status).toBe(200);
    expect(await db().payment.findUniqueOrThrow({ where: { id: payment.id }, include: { refunds: true } }))
      .toMatchObject({ status: 'PARTIALLY_REFUNDED', refundedCents: 4500, refunds: [{ id: refund.id, stripeRefundId: sent!.id }] });
  });

  it('a refund event that arrives before the app’s own refund call returns: linked, not counted twice', async () => {
    const { patient, appointment, payment } = await paidVisit(72);
    const res = await call(cancel, { as: patient, params: { id: appointment.id }, json: { reason: 'Feeling better.' } });
    expect(res.body.billing).toMatchObject({ refundCents: 7500, feeCents: 0 });
    const refund = await db().refund.findFirstOrThrow({ where: { paymentId: payment.id } });
    const stripeRefundId = `re_test_${randomUUID().slice(0, 12)}`;
    const early = refundEvent('refund.created', {
      refundId: stripeRefundId, paymentIntent: payment.stripePaymentIntentId!, amountCents: 7500, currency: 'usd', metadata: { refundId: refund.id },
    });
    expect((await deliver(early)).status).toBe(200);
    expect(await issueRefund(refund.id)).toBeNull();
    expect(await db().payment.findUniqueOrThrow({ where: { id: payment.id }, include: { refunds: true } }))
      .toMatchObject({ status: 'REFUNDED', refundedCents: 7500, refunds: [{ id: refund.id, stripeRefundId }] });
  });

  it('a cancellation by the clinic → a full refund, however late', async () => {
    const { appointment, payment } = await paidVisit(2);
    const admin = await createAdmin(db(), { practiceId: w.practice.id });
    const res = await call(cancel, { as: admin, params: { id: appointment.id }, json: { reason: 'Therapist is ill.' } });
    expect(res.body).toMatchObject({ late: false, cancelledBy: 'clinic', billing: { refundCents: 7500, feeCents: 0 } });
    expect(await db().payment.findUniqueOrThrow({ where: { id: payment.id } })).toMatchObject({ status: 'REFUNDED', refundedCents: 7500, feeReason: null });
  });

  it('a no-show → the same fee as a late cancellation; on an insurance claim it is recorded as owed', async () => {
    const { appointment, payment } = await paidVisit(-2);
    const res = await call(setStatus, { as: w.therapistUser, params: { id: appointment.id }, json: { status: 'NO_SHOW' } });
    expect(res.status).toBe(200);
    expect(await db().payment.findUniqueOrThrow({ where: { id: payment.id } }))
      .toMatchObject({ status: 'PARTIALLY_REFUNDED', refundedCents: 4500, feeCents: 3000, feeReason: 'NO_SHOW' });

    const patient = await newPatient();
    const claimed = await createAppointment(db(), { patientId: patient.patientId, therapistId: w.therapist.id, visitTypeId: paidTypeId, startsAt: new Date(Date.now() - 5 * HOUR) });
    const claim = await db().payment.create({
      data: { appointmentId: claimed.id, method: 'INSURANCE', status: 'INSURANCE_CLAIM', amountCents: 7500, currency: 'usd', insurancePayer: 'Aetna', insuranceMemberId: 'W1' },
    });
    await call(setStatus, { as: w.therapistUser, params: { id: claimed.id }, json: { status: 'NO_SHOW' } });
    expect(await db().payment.findUniqueOrThrow({ where: { id: claim.id } }))
      .toMatchObject({ status: 'INSURANCE_CLAIM', refundedCents: 0, feeCents: 3000, feeReason: 'NO_SHOW' });
  });

  it('cancelling a held visit before paying closes its checkout instead', async () => {
    const patient = await newPatient();
    const { facts } = await bookByCard(patient, at(weekdayAhead(3), '11:00'));
    const res = await call(cancel, { as: patient, params: { id: facts.appointmentId }, json: { reason: 'Changed my mind.' } });
    expect(res.body).toMatchObject({ billing: null, appointment: { status: 'CANCELLED' } });
    expect(await db().payment.findUniqueOrThrow({ where: { id: facts.paymentId } })).toMatchObject({ status: 'EXPIRED' });
    expect(await jobs('payment.expire-checkout')).toContainEqual({ data: { sessionId: facts.sessionId } });
    // Paid anyway in another tab: refunded, since the patient cancelled it.
    expect((await deliver(checkoutSessionEvent('checkout.session.completed', facts))).status).toBe(200);
    expect(await db().payment.findUniqueOrThrow({ where: { id: facts.paymentId } })).toMatchObject({ status: 'REFUNDED', refundedCents: 7500 });
    expect(await db().appointment.count({ where: { patientId: patient.patientId, status: { in: ['HELD', 'BOOKED'] } } })).toBe(0);
  });
});

describe('payments and refunds in the API', () => {
  it('a patient sees only their own payments', async () => {
    const patient = await newPatient();
    const { facts } = await bookByCard(patient, at(weekdayAhead(3), '12:00'));
    await deliver(checkoutSessionEvent('checkout.session.completed', facts));
    const mine = await call(ownPayments, { as: patient });
    expect(mine.status).toBe(200);
    expect(mine.body.payments).toHaveLength(1);
    expect(mine.body.payments[0]).toMatchObject({
      id: facts.paymentId, status: 'SUCCEEDED', amountCents: 7500, appointment: { id: facts.appointmentId, visitTypeName: 'Paid follow-up', therapistName: 'Maya Chen' },
    });
    expect((await call(ownPayments, { as: await newPatient() })).body.payments).toEqual([]);
    expect((await call(ownPayments, { as: w.therapistUser })).status).toBe(403);
  });

  it('an admin refunds part, then the rest, never more; only within their practice', async () => {
    const patient = await newPatient();
    const { facts } = await bookByCard(patient, at(weekdayAhead(3), '13:00'));
    await deliver(checkoutSessionEvent('checkout.session.completed', facts));
    const admin = await createAdmin(db(), { practiceId: w.practice.id });
    const outsider = await createAdmin(db(), { practiceId: (await createPractice(db())).id });

    const listed = await call(adminPayments, { as: admin, path: '/api/admin/payments?method=CARD' });
    expect(listed.body.payments.map((p: { id: string }) => p.id)).toContain(facts.paymentId);
    expect((await call(adminPayments, { as: outsider, path: '/api/admin/payments' })).body.payments).toEqual([]);
    const hidden = await call(adminRefund, { as: outsider, params: { id: facts.paymentId }, json: { reason: 'Not mine to refund.' } });
    expect(hidden.status).toBe(404);

    const part = await call(adminRefund, { as: admin, params: { id: facts.paymentId }, json: { amountCents: 2500, reason: 'Goodwill: late start.' } });
    expect(part.status).toBe(201);
    expect(part.body).toMatchObject({ amountCents: 2500, payment: { status: 'PARTIALLY_REFUNDED', refundedCents: 2500, refunds: [{ amountCents: 2500, reason: 'Goodwill: late start.', sentToStripe: true }] } });
    const tooMuch = await call(adminRefund, { as: admin, params: { id: facts.paymentId }, json: { amountCents: 5001, reason: 'Too much.' } });
    expect(tooMuch.status).toBe(422);
    expect(tooMuch.body.error).toMatchObject({ code: 'REFUND_NOT_ALLOWED', message: 'At most $50.00 of this payment can still be refunded.' });
    const rest = await call(adminRefund, { as: admin, params: { id: facts.paymentId }, json: { reason: 'Visit not needed.' } });
    expect(rest.body).toMatchObject({ amountCents: 5000, payment: { status: 'REFUNDED', refundedCents: 7500 } });
    expect((await call(adminRefund, { as: admin, params: { id: facts.paymentId }, json: { reason: 'Again.' } })).status).toBe(422);
    expect(await db().auditEvent.count({ where: { action: 'payment.refund', entityId: facts.paymentId, actorId: admin.id } })).toBe(2);
  });

  it('an insurance claim shows its payer to the clinic and cannot be refunded by card', async () => {
    const patient = await newPatient();
    const res = await bookPaid(patient, at(weekdayAhead(3), '14:00'), { method: 'insurance', payer: 'UnitedHealthcare', memberId: 'UHC-42' });
    const admin = await createAdmin(db()); // network admin
    const listed = await call(adminPayments, { as: admin, path: '/api/admin/payments?status=INSURANCE_CLAIM' });
    const claim = listed.body.payments.find((p: { appointment: { id: string } }) => p.appointment.id === res.body.id);
    expect(claim).toMatchObject({ insurancePayer: 'UnitedHealthcare', insuranceMemberId: 'UHC-42', patient: { email: patient.email } });
    const refund = await call(adminRefund, { as: admin, params: { id: claim.id }, json: { reason: 'Nope.' } });
    expect(refund.status).toBe(422);
  });
});
