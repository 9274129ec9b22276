import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { call } from '@/tests/support/http';
import { at, buildClinic, weekdayAhead, patientWithIntake } from '@/tests/support/scheduling';
import { addDays, isoWeekday } from '@/lib/scheduling/zoned-time';
import { POST as book } from '@/app/api/appointments/route';
import { POST as bookSeries } from '@/app/api/appointment-series/route';
import { POST as cancel } from '@/app/api/appointments/[id]/cancel/route';
import { createVisitType } from '@/prisma/factories';

let w: Awaited<ReturnType<typeof buildClinic>>;
beforeAll(async () => {
  w = await buildClinic();
});

function nextMonday(): string {
  let d = weekdayAhead(0);
  while (isoWeekday(d) !== 1) d = addDays(d, 1);
  return d;
}

describe('plan-of-care series', () => {
  it('books each free occurrence, reports each conflict with nearby free times, and cancels one alone', async () => {
    const monday = nextMonday();
    const tuesday2 = addDays(monday, 8);
    // The patient is known to the therapist through a first visit; someone else has Tuesday of week 2.
    const first = await call(book, {
      as: w.patient,
      json: { visitTypeId: w.visitType.id, therapistId: w.therapist.id, start: at(addDays(monday, 0), '15:00').toISOString() },
    });
    expect(first.status).toBe(201);
    const blocker = await patientWithIntake();
    expect(
      (
        await call(book, {
          as: blocker,
          json: { visitTypeId: w.visitType.id, therapistId: w.therapist.id, start: at(tuesday2, '10:00').toISOString() },
        })
      ).status,
    ).toBe(201);

    const res = await call(bookSeries, {
      as: w.therapistUser,
      json: {
        visitTypeId: w.visitType.id,
        therapistId: w.therapist.id,
        patientId: w.patient.patient!.id,
        startDate: monday,
        weekdays: [2, 4],
        time: '10:00',
        weeks: 2,
      },
    });
    expect(res.status).toBe(201);
    expect(res.body.booked.map((a: { start: string }) => a.start)).toEqual([
      at(addDays(monday, 1), '10:00').toISOString(),
      at(addDays(monday, 3), '10:00').toISOString(),
      at(addDays(monday, 10), '10:00').toISOString(),
    ]);
    expect(res.body.conflicts).toHaveLength(1);
    expect(res.body.conflicts[0]).toMatchObject({ date: tuesday2, reason: 'SLOT_TAKEN' });
    const alternatives = res.body.conflicts[0].alternatives.map((a: { start: string }) => a.start);
    expect(alternatives).toHaveLength(3);
    expect(alternatives).toContain(at(tuesday2, '11:15').toISOString());
    expect(alternatives).not.toContain(at(tuesday2, '10:00').toISOString());

    const [one, ...rest] = res.body.booked as { id: string }[];
    expect(
      (await call(cancel, { as: w.therapistUser, params: { id: one!.id }, json: { reason: 'Therapist away' } })).status,
    ).toBe(200);
    expect(await db().appointment.count({ where: { id: { in: rest.map((r) => r.id) }, status: 'BOOKED' } })).toBe(2);
  });

  it('does not let a therapist book for a patient they do not treat, or a patient book a series the visit type keeps for therapists', async () => {
    const stranger = await patientWithIntake();
    const asTherapist = await call(bookSeries, {
      as: w.therapistUser,
      json: {
        visitTypeId: w.visitType.id,
        therapistId: w.therapist.id,
        patientId: stranger.patient!.id,
        startDate: weekdayAhead(0),
        weekdays: [3],
        time: '10:00',
        weeks: 1,
      },
    });
    expect(asTherapist.status).toBe(404);
    const asPatient = await call(bookSeries, {
      as: stranger,
      json: {
        visitTypeId: w.visitType.id,
        therapistId: w.therapist.id,
        startDate: weekdayAhead(0),
        weekdays: [3],
        time: '10:00',
        weeks: 1,
      },
    });
    expect(asPatient.status).toBe(403);
    expect(await db().appointment.count({ where: { patientId: stranger.patient!.id } })).toBe(0);
  });

  it('keeps paid visits out of patient-booked series (each paid visit goes through checkout)', async () => {
    const paid = await createVisitType(db(), { durationMinutes: 30, priceCents: 7500, patientMayBookSeries: true });
    const res = await call(bookSeries, {
      as: w.patient,
      json: {
        visitTypeId: paid.id,
        therapistId: w.therapist.id,
        startDate: weekdayAhead(0),
        weekdays: [3],
        time: '10:00',
        weeks: 2,
      },
    });
    expect(res.status).toBe(403);
    expect(await db().appointment.count({ where: { visitTypeId: paid.id } })).toBe(0);
  });
});

describe('the Idempotency-Key of a series', () => {
  it('is checked like a single booking: a key no index can hold is 400, and nothing is booked', async () => {
    const p = await patientWithIntake();
    const before = await db().appointment.count();
    for (const key of ['k'.repeat(4000), 'short', 'has spaces in it']) {
      const res = await call(bookSeries, {
        as: w.therapistUser,
        headers: { 'idempotency-key': key },
        json: {
          visitTypeId: w.visitType.id,
          therapistId: w.therapist.id,
          patientId: p.patient!.id,
          startDate: nextMonday(),
          weekdays: [3],
          time: '09:00',
          weeks: 1,
        },
      });
      expect(res.status, `key of ${key.length} characters`).toBe(400);
      expect(res.body.error.code).toBe('VALIDATION_FAILED');
    }
    expect(await db().appointment.count()).toBe(before);
  });
});
