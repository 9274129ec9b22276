import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { call } from '@/tests/support/http';
import { latestMailTo } from '@/tests/support/mail';
import { at, buildClinic, weekdayAhead, patientWithIntake } from '@/tests/support/scheduling';
import { createVisitType } from '@/prisma/factories';
import { runJob } from '@/lib/jobs/run-job';
import { POST as book } from '@/app/api/appointments/route';
import { POST as cancel } from '@/app/api/appointments/[id]/cancel/route';
import { POST as joinWaitlist } from '@/app/api/waitlist/route';
import { POST as accept } from '@/app/api/waitlist/offers/[token]/accept/route';

let w: Awaited<ReturnType<typeof buildClinic>>;
beforeAll(async () => {
  w = await buildClinic();
});

describe('waitlist', () => {
  it('offers a cancelled time to the first patient waiting, holds it 15 minutes, and books it when they accept', async () => {
    const d = weekdayAhead(1);
    const booked = await call(book, {
      as: w.patient,
      json: { visitTypeId: w.visitType.id, therapistId: w.therapist.id, start: at(d, '09:00').toISOString() },
    });
    expect(booked.status).toBe(201);

    const waiting = await patientWithIntake({ email: 'waiting@example.test', name: 'Wendy Waiting' });
    const later = await patientWithIntake({ email: 'later@example.test' });
    for (const p of [waiting, later]) {
      const res = await call(joinWaitlist, {
        as: p,
        json: {
          visitTypeId: w.visitType.id,
          therapistId: w.therapist.id,
          earliest: at(d, '00:00').toISOString(),
          latest: at(d, '23:00').toISOString(),
        },
      });
      expect(res.status).toBe(201);
    }

    expect(
      (await call(cancel, { as: w.patient, params: { id: booked.body.id }, json: { reason: 'Conflict at work' } })).status,
    ).toBe(200);
    const job = await db().$queryRaw<{ data: Record<string, unknown> }[]>`
      SELECT data FROM pgboss.job WHERE name = 'waitlist.offer-freed-slot' ORDER BY created_on DESC LIMIT 1`;
    expect(job[0]?.data).toMatchObject({ therapistId: w.therapist.id, start: at(d, '09:00').toISOString() });
    await runJob('waitlist.offer-freed-slot', job[0]!.data);

    const held = await db().appointment.findFirstOrThrow({ where: { patientId: waiting.patient!.id } });
    expect(held.status).toBe('HELD');
    expect(held.holdExpiresAt!.getTime() - Date.now()).toBeGreaterThan(14 * 60_000);
    const mail = await latestMailTo('waiting@example.test');
    expect(mail.subject).toMatch(/held for 15 minutes/);
    const token = /\/waitlist\/offers\/([\w-]+)/.exec(mail.text)?.[1];
    expect(token).toBeTruthy();

    expect((await call(accept, { as: later, params: { token: token! } })).status).toBe(404);
    const taken = await call(accept, { as: waiting, params: { token: token! } });
    expect(taken.status).toBe(200);
    expect(taken.body).toMatchObject({ status: 'BOOKED', start: at(d, '09:00').toISOString() });
    expect(await db().appointment.count({ where: { patientId: later.patient!.id } })).toBe(0);
  });

  it('passes a lapsed offer to the next patient waiting, and keeps the first one waiting for other times', async () => {
    const d = weekdayAhead(2);
    const booked = await call(book, {
      as: w.patient,
      json: { visitTypeId: w.visitType.id, therapistId: w.therapist.id, start: at(d, '13:00').toISOString() },
    });
    const first = await patientWithIntake();
    const second = await patientWithIntake({ email: 'second@example.test' });
    for (const p of [first, second]) {
      await call(joinWaitlist, {
        as: p,
        json: {
          visitTypeId: w.visitType.id,
          therapistId: w.therapist.id,
          earliest: at(d, '00:00').toISOString(),
          latest: at(d, '23:00').toISOString(),
        },
      });
    }
    await call(cancel, { as: w.patient, params: { id: booked.body.id }, json: { reason: 'Travel' } });
    const freed = {
      therapistId: w.therapist.id,
      clinicId: w.clinic.id,
      modality: 'IN_CLINIC',
      start: at(d, '13:00').toISOString(),
      end: at(d, '14:00').toISOString(),
    };
    await runJob('waitlist.offer-freed-slot', freed);
    const hold = await db().appointment.findFirstOrThrow({ where: { patientId: first.patient!.id, status: 'HELD' } });

    await db().appointment.update({ where: { id: hold.id }, data: { holdExpiresAt: new Date(Date.now() - 1000) } });
    await runJob('holds.expire', {});
    await runJob('waitlist.offer-freed-slot', freed);
    expect(
      await db().appointment.count({ where: { patientId: second.patient!.id, status: 'HELD', startsAt: at(d, '13:00') } }),
    ).toBe(1);
    expect((await latestMailTo('second@example.test')).subject).toMatch(/held for 15 minutes/);
    const firstEntry = await db().waitlistEntry.findFirstOrThrow({ where: { patientId: first.patient!.id } });
    expect(firstEntry.status).toBe('ACTIVE');
  });

  it('sends a paid offer through checkout: the time stays held with a pending card payment', async () => {
    const d = weekdayAhead(3);
    const paid = await createVisitType(db(), {
      name: 'Paid follow-up',
      durationMinutes: 60,
      priceCents: 9000,
      minNoticeMinutes: 60,
    });
    const holder = await patientWithIntake();
    const booked = await call(book, {
      as: holder,
      json: {
        visitTypeId: paid.id,
        therapistId: w.therapist.id,
        start: at(d, '09:00').toISOString(),
        payment: { method: 'insurance', payer: 'Aetna', memberId: 'W123456789' },
      },
    });
    expect(booked.status).toBe(201);
    const waiting = await patientWithIntake({ email: 'paid-waiting@example.test' });
    await call(joinWaitlist, {
      as: waiting,
      json: {
        visitTypeId: paid.id,
        therapistId: w.therapist.id,
        earliest: at(d, '00:00').toISOString(),
        latest: at(d, '23:00').toISOString(),
      },
    });
    await call(cancel, { as: holder, params: { id: booked.body.id }, json: { reason: 'Moved away' } });
    await runJob('waitlist.offer-freed-slot', {
      therapistId: w.therapist.id,
      clinicId: w.clinic.id,
      modality: 'IN_CLINIC',
      start: at(d, '09:00').toISOString(),
      end: at(d, '10:00').toISOString(),
    });
    const token = /\/waitlist\/offers\/([\w-]+)/.exec((await latestMailTo('paid-waiting@example.test')).text)?.[1];

    const res = await call(accept, { as: waiting, params: { token: token! } });
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('HELD');
    expect(res.body.checkoutUrl).toMatch(/\/pay\/test\/cs_\w+$/);
    const payment = await db().payment.findUniqueOrThrow({ where: { appointmentId: res.body.id } });
    expect(payment).toMatchObject({ method: 'CARD', status: 'PENDING', amountCents: 9000 });
    // Asking again gives the same checkout, not a second payment.
    const again = await call(accept, { as: waiting, params: { token: token! } });
    expect(again.body.checkoutUrl).toBe(res.body.checkoutUrl);
    expect(await db().payment.count({ where: { appointmentId: res.body.id } })).toBe(1);
  });
});
