// The webhook's answers to events that are correctly signed but cannot be used as they are:
// an event without an id or an object (400, nothing written), and a completed Checkout whose
// amount or currency is not the payment's (200, not booked, recorded, admins alerted).
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { runJob } from '@/lib/jobs/run-job';
import { checkoutSessionEvent, signEvent } from '@/lib/payments/test-events';
import type { Stripe } from '@/lib/payments/stripe-client';
import { call } from '@/tests/support/http';
import { latestMailTo, mailsTo } from '@/tests/support/mail';
import { buildPaidClinic, deliver, jobs, newPatient } from '@/tests/support/payments';
import { at, weekdayAhead } from '@/tests/support/scheduling';
import { createAdmin, createPractice } from '@/prisma/factories';
import { POST as webhook } from '@/app/api/webhooks/stripe/route';
import { GET as adminPayments } from '@/app/api/admin/payments/route';

let w: Awaited<ReturnType<typeof buildPaidClinic>>;
const day = weekdayAhead(3);

beforeAll(async () => {
  w = await buildPaidClinic();
});

/** Signs any JSON body the way Stripe signs an event, so only its content can be wrong. */
function deliverRaw(body: unknown) {
  const { payload, signature } = signEvent(body as Stripe.Event);
  return call(webhook, { rawBody: payload, headers: { 'content-type': 'application/json', 'stripe-signature': signature } });
}

describe('a signed event that cannot be used', () => {
  it('no object, a null or empty object, no data, no id → 400 in the error shape, nothing written', async () => {
    const patient = await newPatient();
    const { facts } = await w.bookByCard(patient, at(day, '09:00'));
    const good = checkoutSessionEvent('checkout.session.completed', facts) as unknown as Record<string, unknown>;
    const broken: Record<string, unknown>[] = [
      { ...good, data: { object: null } },
      { ...good, data: { object: {} } },
      { ...good, data: {} },
      { ...good, data: null },
      (({ data: _, ...rest }) => rest)(good),
      (({ id: _, ...rest }) => rest)(good),
      { ...good, id: '' },
      { ...good, data: { object: { ...(good.data as { object: object }).object, id: null } } },
      (({ type: _, ...rest }) => rest)(good),
    ];
    const before = await db().webhookEvent.count();
    for (const body of broken) {
      const res = await deliverRaw(body);
      expect(res.status, JSON.stringify(body).slice(0, 120)).toBe(400);
      expect(res.body.error).toMatchObject({ code: 'VALIDATION_FAILED', message: expect.any(String) });
    }
    expect(await db().webhookEvent.count()).toBe(before);
    expect(
      await db().appointment.findUniqueOrThrow({ where: { id: facts.appointmentId }, include: { payment: true } }),
    ).toMatchObject({ status: 'HELD', payment: { status: 'PENDING' } });
    // The same event, whole: accepted.
    expect((await deliverRaw(good)).status).toBe(200);
  });
});

describe('a completed Checkout that does not match its payment', () => {
  it('another amount or currency → 200, the visit is not booked, the mismatch recorded, the practice admins emailed', async () => {
    const admin = await createAdmin(db(), { practiceId: w.practice.id });
    const otherPracticeAdmin = await createAdmin(db(), { practiceId: (await createPractice(db())).id });
    const cases = [
      { start: '10:00', amountCents: 100, currency: 'usd' },
      { start: '11:00', amountCents: 7500, currency: 'eur' },
    ];
    for (const c of cases) {
      const patient = await newPatient();
      const { facts } = await w.bookByCard(patient, at(day, c.start));
      const event = checkoutSessionEvent('checkout.session.completed', {
        ...facts,
        amountCents: c.amountCents,
        currency: c.currency,
      });
      const res = await deliver(event);
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ received: true, replay: false });

      const appointment = await db().appointment.findUniqueOrThrow({
        where: { id: facts.appointmentId },
        include: { payment: true },
      });
      expect(appointment.status).toBe('HELD');
      expect(appointment.payment).toMatchObject({
        status: 'PENDING',
        paidAt: null,
        amountCents: 7500,
        currency: 'usd',
        mismatchAmountCents: c.amountCents,
        mismatchCurrency: c.currency,
      });
      expect(appointment.payment!.mismatchAt).not.toBeNull();
      expect(await db().webhookEvent.count({ where: { eventId: event.id } })).toBe(1);
      expect(await db().auditEvent.count({ where: { action: 'payment.mismatch', entityId: facts.paymentId } })).toBe(1);
      expect(await jobs('appointment.booked')).not.toContainEqual({ data: { appointmentId: facts.appointmentId } });
      expect(await jobs('payment.mismatch-alert')).toContainEqual({ data: { paymentId: facts.paymentId } });
      // The practice's admin sees it on the payment; the amount Stripe reported is shown beside ours.
      const listed = await call(adminPayments, { as: admin, path: '/api/admin/payments?pageSize=100' });
      expect(listed.body.payments.find((p: { id: string }) => p.id === facts.paymentId)?.mismatch).toMatchObject({
        amountCents: c.amountCents,
        currency: c.currency,
      });

      // A replay is a no-op: no second alert.
      expect((await deliver(event)).body).toEqual({ received: true, replay: true });
      expect((await jobs('payment.mismatch-alert')).filter((j) => j.data.paymentId === facts.paymentId)).toHaveLength(1);

      await runJob('payment.mismatch-alert', { paymentId: facts.paymentId });
      const mail = await latestMailTo(admin.email);
      expect(mail.subject).toMatch(/^Payment does not match: Paid follow-up/);
      expect(mail.text).toContain(`${(c.amountCents / 100).toFixed(2)} ${c.currency.toUpperCase()}`);
      expect(mail.text).toContain('75.00 USD');
      expect(mail.text).toContain(facts.paymentId);
    }
    expect(await mailsTo(admin.email)).toHaveLength(2);
    expect(await mailsTo(otherPracticeAdmin.email)).toEqual([]);
  });

  it('the matching amount afterwards still books (the session Stripe really completed)', async () => {
    const patient = await newPatient();
    const { facts } = await w.bookByCard(patient, at(day, '13:00'));
    expect((await deliver(checkoutSessionEvent('checkout.session.completed', { ...facts, amountCents: 1 }))).status).toBe(200);
    expect((await deliver(checkoutSessionEvent('checkout.session.completed', facts))).status).toBe(200);
    expect(
      await db().appointment.findUniqueOrThrow({ where: { id: facts.appointmentId }, include: { payment: true } }),
    ).toMatchObject({ status: 'BOOKED', payment: { status: 'SUCCEEDED', mismatchAmountCents: 1 } });
  });
});
