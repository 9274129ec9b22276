import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { createAdmin, createAppointment, createPractice } from '@/prisma/factories';
import { call } from '@/tests/support/http';
import { buildClinic } from '@/tests/support/scheduling';
import { GET as adminPayments } from '@/app/api/admin/payments/route';

const DAY = 24 * 3_600_000;
let w: Awaited<ReturnType<typeof buildClinic>>;
let admin: { id: string };
/** Payment ids, newest first (as the list shows them). */
let newestFirst: string[] = [];

beforeAll(async () => {
  w = await buildClinic();
  admin = await createAdmin(db(), { practiceId: w.practice.id });
  // 30 card payments, one a day apart, plus 2 insurance claims; created oldest first.
  const base = Date.now() + 5 * DAY;
  const made: string[] = [];
  for (let i = 0; i < 32; i++) {
    const appointment = await createAppointment(db(), {
      patientId: w.patient.patient!.id,
      therapistId: w.therapist.id,
      visitTypeId: w.visitType.id,
      startsAt: new Date(base + i * DAY),
    });
    const insurance = i >= 30;
    const payment = await db().payment.create({
      data: {
        appointmentId: appointment.id,
        method: insurance ? 'INSURANCE' : 'CARD',
        status: insurance ? 'INSURANCE_CLAIM' : 'SUCCEEDED',
        amountCents: 7500,
        currency: 'usd',
        createdAt: new Date(Date.now() - (32 - i) * 60_000),
        ...(insurance ? { insurancePayer: 'Aetna', insuranceMemberId: `AET-${i}` } : { paidAt: new Date() }),
      },
    });
    made.push(payment.id);
  }
  newestFirst = made.reverse();
});

const ids = (body: { payments: { id: string }[] }) => body.payments.map((p) => p.id);

describe('GET /api/admin/payments paging', () => {
  it('answers the first 25, newest first, with the total, when no page is asked for', async () => {
    const res = await call(adminPayments, { as: admin, path: '/api/admin/payments' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ total: 32, page: 1, pageSize: 25 });
    expect(ids(res.body)).toEqual(newestFirst.slice(0, 25));
  });

  it('walks the pages without repeating or skipping a payment, and is empty past the last', async () => {
    const second = await call(adminPayments, { as: admin, path: '/api/admin/payments?page=2' });
    expect(second.body).toMatchObject({ total: 32, page: 2, pageSize: 25 });
    expect(ids(second.body)).toEqual(newestFirst.slice(25));
    const small = await call(adminPayments, { as: admin, path: '/api/admin/payments?page=3&pageSize=10' });
    expect(ids(small.body)).toEqual(newestFirst.slice(20, 30));
    const past = await call(adminPayments, { as: admin, path: '/api/admin/payments?page=9' });
    expect(past.body).toMatchObject({ payments: [], total: 32, page: 9 });
  });

  it('counts and pages within the filters and the admin’s practice', async () => {
    const cards = await call(adminPayments, { as: admin, path: '/api/admin/payments?method=CARD&pageSize=100' });
    expect(cards.body.total).toBe(30);
    expect(cards.body.payments).toHaveLength(30);
    const claims = await call(adminPayments, { as: admin, path: '/api/admin/payments?status=INSURANCE_CLAIM' });
    expect(claims.body).toMatchObject({ total: 2 });
    expect(ids(claims.body)).toEqual(newestFirst.slice(0, 2));
    const outsider = await createAdmin(db(), { practiceId: (await createPractice(db())).id });
    expect((await call(adminPayments, { as: outsider, path: '/api/admin/payments' })).body).toEqual({
      payments: [],
      total: 0,
      page: 1,
      pageSize: 25,
    });
  });

  it('rejects a bad page or page size with a 400 naming it', async () => {
    for (const bad of ['page=0', 'page=abc', 'pageSize=0', 'pageSize=101', 'page=1.5']) {
      const res = await call(adminPayments, { as: admin, path: `/api/admin/payments?${bad}` });
      expect(res.status, bad).toBe(400);
      expect(res.body.error.code, bad).toBe('VALIDATION_FAILED');
    }
  });
});
