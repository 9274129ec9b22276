// The cancellation policy applied to payments, refunds (ours, Stripe's events about them, and the
// admin's), and who sees which payments.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { issueRefund } from '@/lib/payments/request-refund';
import { chargeRefundedEvent, checkoutSessionEvent, refundEvent } from '@/lib/payments/test-events';
import { call } from '@/tests/support/http';
import { buildPaidClinic, deliver, jobs, newPatient } from '@/tests/support/payments';
import { at, weekdayAhead } from '@/tests/support/scheduling';
import { createAdmin, createAppointment, createPractice } from '@/prisma/factories';
import { POST as cancel } from '@/app/api/appointments/[id]/cancel/route';
import { POST as setStatus } from '@/app/api/appointments/[id]/status/route';
import { GET as ownPayments } from '@/app/api/payments/route';
import { GET as adminPayments } from '@/app/api/admin/payments/route';
import { POST as adminRefund } from '@/app/api/admin/payments/[id]/refunds/route';

const HOUR = 3_600_000;
let w: Awaited<ReturnType<typeof buildPaidClinic>>;

beforeAll(async () => {
  w = await buildPaidClinic();
});

describe('the cancellation policy', () => {
  /** A paid, booked visit `hoursAhead` from now (written directly: the booking rules are not the point here). */
  async function paidVisit(hoursAhead: number) {
    const patient = await newPatient();
    const appointment = await createAppointment(db(), {
      patientId: patient.patientId,
      therapistId: w.therapist.id,
      visitTypeId: w.paidTypeId,
      startsAt: new Date(Date.now() + hoursAhead * HOUR),
    });
    const payment = await db().payment.create({
      data: {
        appointmentId: appointment.id,
        method: 'CARD',
        status: 'SUCCEEDED',
        amountCents: 7500,
        currency: 'usd',
        paidAt: new Date(),
        stripeCheckoutSessionId: `cs_test_${randomUUID().slice(0, 12)}`,
        stripePaymentIntentId: `pi_test_${randomUUID().replaceAll('-', '')}`,
      },
    });
    return { patient, appointment, payment };
  }

  it('late cancellation by the patient → the refund minus the late fee is requested from Stripe', async () => {
    const { patient, appointment, payment } = await paidVisit(5);
    const res = await call(cancel, { as: patient, params: { id: appointment.id }, json: { reason: 'Stuck at work.' } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      late: true,
      cancelledBy: 'patient',
      billing: { method: 'CARD', refundCents: 4500, feeCents: 3000, currency: 'usd' },
    });
    const after = await db().payment.findUniqueOrThrow({ where: { id: payment.id }, include: { refunds: true } });
    expect(after).toMatchObject({
      status: 'PARTIALLY_REFUNDED',
      refundedCents: 4500,
      feeCents: 3000,
      feeReason: 'LATE_CANCELLATION',
    });
    const refund = after.refunds[0]!;
    expect(await jobs('payment.refund')).toContainEqual({ data: { refundId: refund.id } });

    const sent = await issueRefund(refund.id);
    expect(sent).toMatchObject({ object: 'refund', amount: 4500, payment_intent: payment.stripePaymentIntentId });
    expect(await issueRefund(refund.id)).toBeNull(); // the job running again sends nothing twice
    // Stripe's own news about it, before or after: nothing is counted twice.
    const news = refundEvent('refund.created', {
      refundId: sent!.id,
      paymentIntent: payment.stripePaymentIntentId!,
      amountCents: 4500,
      currency: 'usd',
      metadata: { refundId: refund.id },
    });
    expect((await deliver(news)).status).toBe(200);
    expect(
      (
        await deliver(
          chargeRefundedEvent({
            paymentIntent: payment.stripePaymentIntentId!,
            amountCents: 7500,
            refundedCents: 4500,
            currency: 'usd',
          }),
        )
      ).status,
    ).toBe(200);
    expect(await db().payment.findUniqueOrThrow({ where: { id: payment.id }, include: { refunds: true } })).toMatchObject({
      status: 'PARTIALLY_REFUNDED',
      refundedCents: 4500,
      refunds: [{ id: refund.id, stripeRefundId: sent!.id }],
    });
  });

  it('a refund event that arrives before the app’s own refund call returns: linked, not counted twice', async () => {
    const { patient, appointment, payment } = await paidVisit(72);
    const res = await call(cancel, { as: patient, params: { id: appointment.id }, json: { reason: 'Feeling better.' } });
    expect(res.body.billing).toMatchObject({ refundCents: 7500, feeCents: 0 });
    const refund = await db().refund.findFirstOrThrow({ where: { paymentId: payment.id } });
    const stripeRefundId = `re_test_${randomUUID().slice(0, 12)}`;
    const early = refundEvent('refund.created', {
      refundId: stripeRefundId,
      paymentIntent: payment.stripePaymentIntentId!,
      amountCents: 7500,
      currency: 'usd',
      metadata: { refundId: refund.id },
    });
    expect((await deliver(early)).status).toBe(200);
    expect(await issueRefund(refund.id)).toBeNull();
    expect(await db().payment.findUniqueOrThrow({ where: { id: payment.id }, include: { refunds: true } })).toMatchObject({
      status: 'REFUNDED',
      refundedCents: 7500,
      refunds: [{ id: refund.id, stripeRefundId }],
    });
  });

  it('a cancellation by the clinic → a full refund, however late', async () => {
    const { appointment, payment } = await paidVisit(2);
    const admin = await createAdmin(db(), { practiceId: w.practice.id });
    const res = await call(cancel, { as: admin, params: { id: appointment.id }, json: { reason: 'Therapist is ill.' } });
    expect(res.body).toMatchObject({ late: false, cancelledBy: 'clinic', billing: { refundCents: 7500, feeCents: 0 } });
    expect(await db().payment.findUniqueOrThrow({ where: { id: payment.id } })).toMatchObject({
      status: 'REFUNDED',
      refundedCents: 7500,
      feeReason: null,
    });
  });

  it('a no-show → the same fee as a late cancellation; on an insurance claim it is recorded as owed', async () => {
    const { appointment, payment } = await paidVisit(-2);
    const res = await call(setStatus, { as: w.therapistUser, params: { id: appointment.id }, json: { status: 'NO_SHOW' } });
    expect(res.status).toBe(200);
    expect(await db().payment.findUniqueOrThrow({ where: { id: payment.id } })).toMatchObject({
      status: 'PARTIALLY_REFUNDED',
      refundedCents: 4500,
      feeCents: 3000,
      feeReason: 'NO_SHOW',
    });

    const patient = await newPatient();
    const claimed = await createAppointment(db(), {
      patientId: patient.patientId,
      therapistId: w.therapist.id,
      visitTypeId: w.paidTypeId,
      startsAt: new Date(Date.now() - 5 * HOUR),
    });
    const claim = await db().payment.create({
      data: {
        appointmentId: claimed.id,
        method: 'INSURANCE',
        status: 'INSURANCE_CLAIM',
        amountCents: 7500,
        currency: 'usd',
        insurancePayer: 'Aetna',
        insuranceMemberId: 'W1',
      },
    });
    await call(setStatus, { as: w.therapistUser, params: { id: claimed.id }, json: { status: 'NO_SHOW' } });
    expect(await db().payment.findUniqueOrThrow({ where: { id: claim.id } })).toMatchObject({
      status: 'INSURANCE_CLAIM',
      refundedCents: 0,
      feeCents: 3000,
      feeReason: 'NO_SHOW',
    });
  });

  it('cancelling a held visit before paying closes its checkout instead', async () => {
    const patient = await newPatient();
    const { facts } = await w.bookByCard(patient, at(weekdayAhead(3), '11:00'));
    const res = await call(cancel, { as: patient, params: { id: facts.appointmentId }, json: { reason: 'Changed my mind.' } });
    expect(res.body).toMatchObject({ billing: null, appointment: { status: 'CANCELLED' } });
    expect(await db().payment.findUniqueOrThrow({ where: { id: facts.paymentId } })).toMatchObject({ status: 'EXPIRED' });
    expect(await jobs('payment.expire-checkout')).toContainEqual({ data: { sessionId: facts.sessionId } });
    // Paid anyway in another tab: refunded, since the patient cancelled it.
    expect((await deliver(checkoutSessionEvent('checkout.session.completed', facts))).status).toBe(200);
    expect(await db().payment.findUniqueOrThrow({ where: { id: facts.paymentId } })).toMatchObject({
      status: 'REFUNDED',
      refundedCents: 7500,
    });
    expect(await db().appointment.count({ where: { patientId: patient.patientId, status: { in: ['HELD', 'BOOKED'] } } })).toBe(0);
  });
});

describe('payments and refunds in the API', () => {
  it('a patient sees only their own payments', async () => {
    const patient = await newPatient();
    const { facts } = await w.bookByCard(patient, at(weekdayAhead(3), '12:00'));
    await deliver(checkoutSessionEvent('checkout.session.completed', facts));
    const mine = await call(ownPayments, { as: patient });
    expect(mine.status).toBe(200);
    expect(mine.body.payments).toHaveLength(1);
    expect(mine.body.payments[0]).toMatchObject({
      id: facts.paymentId,
      status: 'SUCCEEDED',
      amountCents: 7500,
      appointment: { id: facts.appointmentId, visitTypeName: 'Paid follow-up', therapistName: 'Maya Chen' },
    });
    expect((await call(ownPayments, { as: await newPatient() })).body.payments).toEqual([]);
    expect((await call(ownPayments, { as: w.therapistUser })).status).toBe(403);
  });

  it('an admin refunds part, then the rest, never more; only within their practice', async () => {
    const patient = await newPatient();
    const { facts } = await w.bookByCard(patient, at(weekdayAhead(3), '13:00'));
    await deliver(checkoutSessionEvent('checkout.session.completed', facts));
    const admin = await createAdmin(db(), { practiceId: w.practice.id });
    const outsider = await createAdmin(db(), { practiceId: (await createPractice(db())).id });

    const listed = await call(adminPayments, { as: admin, path: '/api/admin/payments?method=CARD' });
    expect(listed.body.payments.map((p: { id: string }) => p.id)).toContain(facts.paymentId);
    expect((await call(adminPayments, { as: outsider, path: '/api/admin/payments' })).body.payments).toEqual([]);
    const hidden = await call(adminRefund, {
      headers: { 'idempotency-key': randomUUID() },
      as: outsider,
      params: { id: facts.paymentId },
      json: { reason: 'Not mine to refund.' },
    });
    expect(hidden.status).toBe(404);

    const part = await call(adminRefund, {
      headers: { 'idempotency-key': randomUUID() },
      as: admin,
      params: { id: facts.paymentId },
      json: { amountCents: 2500, reason: 'Goodwill: late start.' },
    });
    expect(part.status).toBe(201);
    expect(part.body).toMatchObject({
      amountCents: 2500,
      payment: {
        status: 'PARTIALLY_REFUNDED',
        refundedCents: 2500,
        refunds: [{ amountCents: 2500, reason: 'Goodwill: late start.', sentToStripe: true }],
      },
    });
    const tooMuch = await call(adminRefund, {
      headers: { 'idempotency-key': randomUUID() },
      as: admin,
      params: { id: facts.paymentId },
      json: { amountCents: 5001, reason: 'Too much.' },
    });
    expect(tooMuch.status).toBe(422);
    expect(tooMuch.body.error).toMatchObject({
      code: 'REFUND_NOT_ALLOWED',
      message: 'At most $50.00 of this payment can still be refunded.',
    });
    const rest = await call(adminRefund, {
      headers: { 'idempotency-key': randomUUID() },
      as: admin,
      params: { id: facts.paymentId },
      json: { reason: 'Visit not needed.' },
    });
    expect(rest.body).toMatchObject({ amountCents: 5000, payment: { status: 'REFUNDED', refundedCents: 7500 } });
    expect(
      (
        await call(adminRefund, {
          headers: { 'idempotency-key': randomUUID() },
          as: admin,
          params: { id: facts.paymentId },
          json: { reason: 'Again.' },
        })
      ).status,
    ).toBe(422);
    expect(
      await db().auditEvent.count({ where: { action: 'payment.refund', entityId: facts.paymentId, actorId: admin.id } }),
    ).toBe(2);
  });

  it('an insurance claim shows its payer to the clinic and cannot be refunded by card', async () => {
    const patient = await newPatient();
    const res = await w.bookPaid(patient, at(weekdayAhead(3), '14:00'), {
      method: 'insurance',
      payer: 'UnitedHealthcare',
      memberId: 'UHC-42',
    });
    const admin = await createAdmin(db()); // network admin
    const listed = await call(adminPayments, { as: admin, path: '/api/admin/payments?status=INSURANCE_CLAIM' });
    const claim = listed.body.payments.find((p: { appointment: { id: string } }) => p.appointment.id === res.body.id);
    expect(claim).toMatchObject({
      insurancePayer: 'UnitedHealthcare',
      insuranceMemberId: 'UHC-42',
      patient: { email: patient.email },
    });
    const refund = await call(adminRefund, {
      headers: { 'idempotency-key': randomUUID() },
      as: admin,
      params: { id: claim.id },
      json: { reason: 'Nope.' },
    });
    expect(refund.status).toBe(422);
  });
});
