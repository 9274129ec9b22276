// An admin's refund is made once per Idempotency-Key (decision 048): a retry, a double click or a
// second tab answers the refund already made — one Refund row, one Stripe refund, one email job,
// one audit row — and the same key with another request is refused.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db';
import { stripe } from '@/lib/payments/stripe-client';
import { call, type Caller } from '@/tests/support/http';
import { buildPaidClinic, jobs, newPatient } from '@/tests/support/payments';
import { createAdmin, createAppointment, createPractice } from '@/prisma/factories';
import { POST as adminRefund } from '@/app/api/admin/payments/[id]/refunds/route';

let w: Awaited<ReturnType<typeof buildPaidClinic>>;
let admin: Caller;

beforeAll(async () => {
  w = await buildPaidClinic();
  admin = await createAdmin(db(), { practiceId: w.practice.id });
});

let visits = 0;
/** A $75.00 card payment, paid (written directly: the booking is not the point here); each visit at its own time. */
async function paidPayment() {
  visits += 1;
  const patient = await newPatient();
  const appointment = await createAppointment(db(), {
    patientId: patient.patientId,
    therapistId: w.therapist.id,
    visitTypeId: w.paidTypeId,
    startsAt: new Date(Date.now() + (72 + 2 * visits) * 3_600_000),
  });
  return db().payment.create({
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
}

function refund(paymentId: string, body: unknown, key: string | null, as: Caller = admin) {
  return call(adminRefund, {
    as,
    params: { id: paymentId },
    json: body,
    headers: key === null ? {} : { 'idempotency-key': key },
  });
}

/** What was refunded of the payment, by whom, and what it set going: rows, jobs, audit events. */
async function effectsOn(paymentId: string) {
  const payment = await db().payment.findUniqueOrThrow({ where: { id: paymentId }, include: { refunds: true } });
  const refundIds = new Set(payment.refunds.map((r) => r.id));
  const jobsFor = async (name: string) => (await jobs(name)).filter((j) => refundIds.has(j.data.refundId!)).length;
  return {
    refundedCents: payment.refundedCents,
    refunds: payment.refunds.length,
    stripeJobs: await jobsFor('payment.refund'),
    emailJobs: await jobsFor('payment.refund-notice'),
    auditRows: await db().auditEvent.count({ where: { action: 'payment.refund', entityId: paymentId } }),
  };
}

const ONE_REFUND_OF_20 = { refundedCents: 2000, refunds: 1, stripeJobs: 1, emailJobs: 1, auditRows: 1 };

describe('POST /api/admin/payments/{id}/refunds with an Idempotency-Key', () => {
  it('a retry with the same key and body answers the same refund: one refund, one Stripe call, one email job, one audit row', async () => {
    const payment = await paidPayment();
    const createRefund = vi.spyOn(stripe().refunds, 'create');
    const key = `refund-${randomUUID()}`;
    const body = { amountCents: 2000, reason: 'Visit ran short' };

    const first = await refund(payment.id, body, key);
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    expect(first.headers.get('idempotent-replayed')).toBeNull();
    const again = await refund(payment.id, body, key);
    expect(again.status, JSON.stringify(again.body)).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.body).toMatchObject({ refundId: first.body.refundId, amountCents: 2000 });
    expect(again.body.payment).toMatchObject({ status: 'PARTIALLY_REFUNDED', refundedCents: 2000 });

    expect(await effectsOn(payment.id)).toEqual(ONE_REFUND_OF_20);
    // Stripe is asked once, under the admin's key scoped to the admin (Stripe's keys are account-wide).
    expect(createRefund).toHaveBeenCalledTimes(1);
    expect(createRefund.mock.calls[0]![1]).toEqual({ idempotencyKey: `refund:${admin.id}:${key}` });
    const row = await db().refund.findUniqueOrThrow({ where: { id: first.body.refundId } });
    expect(row).toMatchObject({ requestedById: admin.id, idempotencyKey: key });
    expect(row.stripeRefundId).toMatch(/^re_/);
    createRefund.mockRestore();
  });

  it('a retried full refund (no amount) is answered after nothing remains, instead of refused', async () => {
    const payment = await paidPayment();
    const key = `full-${randomUUID()}`;
    const first = await refund(payment.id, { reason: 'Clinic closed' }, key);
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    const again = await refund(payment.id, { reason: 'Clinic closed' }, key);
    expect(again.status, JSON.stringify(again.body)).toBe(201);
    expect(again.body).toMatchObject({ refundId: first.body.refundId, amountCents: 7500, payment: { status: 'REFUNDED' } });
    expect(await effectsOn(payment.id)).toMatchObject({ refundedCents: 7500, refunds: 1, emailJobs: 1, auditRows: 1 });
  });

  it('the same key with another body is 422 IDEMPOTENCY_KEY_REUSED, and nothing more is refunded', async () => {
    const payment = await paidPayment();
    const other = await paidPayment();
    const key = `reuse-${randomUUID()}`;
    expect((await refund(payment.id, { amountCents: 2000, reason: 'Visit ran short' }, key)).status).toBe(201);
    for (const [id, body] of [
      [payment.id, { amountCents: 2500, reason: 'Visit ran short' }],
      [payment.id, { amountCents: 2000, reason: 'Another reason' }],
      [payment.id, { reason: 'Visit ran short' }],
      [payment.id, { amountCents: 9000, reason: 'More than remains' }],
      [other.id, { amountCents: 2000, reason: 'Visit ran short' }],
    ] as const) {
      const res = await refund(id, body, key);
      expect(res.status, JSON.stringify(body)).toBe(422);
      expect(res.body.error).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED' });
    }
    expect(await effectsOn(payment.id)).toEqual(ONE_REFUND_OF_20);
    expect(await effectsOn(other.id)).toMatchObject({ refundedCents: 0, refunds: 0 });
  });

  it('10 concurrent requests with one key make one refund; the others answer it (or 409), never 5xx', async () => {
    const payment = await paidPayment();
    const createRefund = vi.spyOn(stripe().refunds, 'create');
    const key = `burst-${randomUUID()}`;
    const results = await Promise.all(
      Array.from({ length: 10 }, () => refund(payment.id, { amountCents: 2000, reason: 'Double click' }, key)),
    );
    const tally: Record<string, number> = {};
    for (const r of results) {
      const label = r.status === 201 ? '201' : `${r.status} ${r.body?.error?.code}`;
      tally[label] = (tally[label] ?? 0) + 1;
    }
    expect(
      Object.keys(tally).every((label) => label === '201' || label.startsWith('409 ')),
      JSON.stringify(tally),
    ).toBe(true);
    const answered = results.filter((r) => r.status === 201);
    expect(answered.length).toBeGreaterThan(0);
    expect(new Set(answered.map((r) => r.body.refundId)).size).toBe(1);
    expect(answered.every((r) => r.body.amountCents === 2000)).toBe(true);
    expect(answered.filter((r) => r.headers.get('idempotent-replayed') === null)).toHaveLength(1);
    expect(await effectsOn(payment.id)).toEqual(ONE_REFUND_OF_20);
    expect(createRefund).toHaveBeenCalledTimes(1);
    createRefund.mockRestore();
  });

  it('a key is the caller’s own: another admin with the same key and body makes their own refund', async () => {
    const payment = await paidPayment();
    const colleague = await createAdmin(db(), { practiceId: w.practice.id });
    const key = `shared-${randomUUID()}`;
    const body = { amountCents: 2000, reason: 'Visit ran short' };
    const mine = await refund(payment.id, body, key);
    const theirs = await refund(payment.id, body, key, colleague);
    expect([mine.status, theirs.status]).toEqual([201, 201]);
    expect(theirs.headers.get('idempotent-replayed')).toBeNull();
    expect(theirs.body.refundId).not.toBe(mine.body.refundId);
    expect(await effectsOn(payment.id)).toMatchObject({ refundedCents: 4000, refunds: 2 });
    // And an admin of another practice still sees no such payment, key or not.
    const outsider = await createAdmin(db(), { practiceId: (await createPractice(db())).id });
    expect((await refund(payment.id, body, key, outsider)).status).toBe(404);
  });

  it('no key, or a malformed one, is 400 VALIDATION_FAILED and refunds nothing', async () => {
    const payment = await paidPayment();
    for (const key of [null, 'short', 'has spaces in it', 'x'.repeat(101)]) {
      const res = await refund(payment.id, { amountCents: 2000, reason: 'Visit ran short' }, key);
      expect(res.status, String(key)).toBe(400);
      expect(res.body.error).toMatchObject({ code: 'VALIDATION_FAILED', message: expect.stringContaining('Idempotency-Key') });
    }
    expect(await effectsOn(payment.id)).toMatchObject({ refundedCents: 0, refunds: 0, auditRows: 0 });
  });
});
