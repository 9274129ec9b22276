// Many clients at once against the real handlers and database: whatever the interleaving, every
// caller gets an honest answer (201/200, or 409 saying why), never a 5xx, never a 404 for a visit
// that exists, and one Idempotency-Key always means one appointment. See docs/decisions/016.
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { withTransaction } from '@/lib/transaction';
import { call, type CallResult } from '@/tests/support/http';
import { at, buildClinic, patientWithIntake, weekdayAhead, ZONE } from '@/tests/support/scheduling';
import { createAppointment, createAvailabilityRules, createTherapist } from '@/prisma/factories';
import { POST as book } from '@/app/api/appointments/route';
import { PATCH as reschedule } from '@/app/api/appointments/[id]/route';
import { POST as cancel } from '@/app/api/appointments/[id]/cancel/route';
import { CLOCK_SHIFTED } from '@/tests/support/clock-shift';

let w: Awaited<ReturnType<typeof buildClinic>>;
beforeAll(async () => {
  w = await buildClinic();
});

type Caller = { id: string };
const bookAs = (as: Caller, start: Date, key: string, therapistId = w.therapist.id) =>
  call(book, {
    as,
    json: { visitTypeId: w.visitType.id, therapistId, start: start.toISOString() },
    headers: { 'idempotency-key': key },
  });
const moveAs = (as: Caller, id: string, start: Date) =>
  call(reschedule, { method: 'PATCH', as, params: { id }, json: { start: start.toISOString() } });
const cancelAs = (as: Caller, id: string) => call(cancel, { as, params: { id }, json: { reason: 'Cannot make it' } });

/** Answers counted by status and error code, so a failure shows everything that came back. */
function tally(results: CallResult[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of results) {
    const key = r.status < 300 ? String(r.status) : `${r.status} ${r.body?.error?.code}`;
    out[key] = (out[key] ?? 0) + 1;
  }
  return out;
}

async function moreTherapists(n: number) {
  return Promise.all(
    Array.from({ length: n }, async (_, i) => {
      const user = await createTherapist(db(), {
        practiceId: w.practice.id,
        clinicId: w.clinic.id,
        timezone: ZONE,
        name: `Extra Therapist ${i}`,
      });
      await createAvailabilityRules(
        db(),
        user.therapist!.id,
        [1, 2, 3, 4, 5].map((weekday) => ({
          weekday,
          startMinute: 9 * 60,
          endMinute: 17 * 60,
          timezone: ZONE,
          clinicId: w.clinic.id,
        })),
      );
      return user.therapist!.id;
    }),
  );
}

const activeOf = (where: object) => db().appointment.count({ where: { ...where, status: { in: ['HELD', 'BOOKED'] } } });

describe('one patient, one time, several therapists at once', () => {
  it('gives one 201 and 409s, no 5xx (the two exclusion constraints used to deadlock into 500s)', async () => {
    const therapists = await moreTherapists(8);
    const start = at(weekdayAhead(3), '10:00');
    const p = await patientWithIntake();
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) => bookAs(p, start, `multi-therapist-${i}`, therapists[i % therapists.length])),
    );
    const counts = tally(results);
    expect(counts['201']).toBe(1);
    // SLOT_TAKEN when a request meets the winner at its own therapist; either way a 409 that says why.
    expect(Object.keys(counts).filter((k) => !['201', '409 PATIENT_DOUBLE_BOOKED', '409 SLOT_TAKEN'].includes(k))).toEqual([]);
    expect(await activeOf({ patientId: p.patient!.id, startsAt: start })).toBe(1);
  });
});

describe('one Idempotency-Key sent many times at once', () => {
  it('50 concurrent POSTs with one key: all 201 with the same appointment, one row, one audit event', async () => {
    const start = at(weekdayAhead(4), '09:00');
    const p = await patientWithIntake();
    const results = await Promise.all(Array.from({ length: 50 }, () => bookAs(p, start, 'same-key-under-load')));
    expect(tally(results)).toEqual({ 201: 50 });
    expect(new Set(results.map((r) => r.body.id)).size).toBe(1);
    expect(results.filter((r) => r.headers.get('idempotent-replayed') === 'true')).toHaveLength(49);
    expect(await db().appointment.count({ where: { patientId: p.patient!.id } })).toBe(1);
    expect(await db().auditEvent.count({ where: { action: 'appointment.book', entityId: results[0]!.body.id } })).toBe(1);
  });

  it('a key racing other patients for the same time gets one answer for all its copies', async () => {
    const start = at(weekdayAhead(4), '13:00');
    const keyed = await patientWithIntake();
    const others = await Promise.all(Array.from({ length: 20 }, () => patientWithIntake()));
    const results = await Promise.all([
      ...Array.from({ length: 20 }, () => bookAs(keyed, start, 'key-racing-others')),
      ...others.map((o, i) => bookAs(o, start, `other-patient-${i}`)),
    ]);
    const own = results.slice(0, 20);
    // Either the key won (every copy is that one appointment) or it lost (every copy says so).
    if (own[0]!.status === 201) {
      expect(tally(own)).toEqual({ 201: 20 });
      expect(new Set(own.map((r) => r.body.id)).size).toBe(1);
    } else {
      expect(tally(own)).toEqual({ '409 SLOT_TAKEN': 20 });
    }
    expect(tally(results)['201']).toBe(own[0]!.status === 201 ? 20 : 1);
    expect(await activeOf({ therapistId: w.therapist.id, startsAt: start })).toBe(1);
  });
});

describe('concurrent changes to one appointment', () => {
  it('reschedule and cancel at once: the loser gets 409, never 404 (the visit exists)', async () => {
    const d = weekdayAhead(5);
    for (let round = 0; round < 5; round++) {
      const p = await patientWithIntake();
      const booked = await bookAs(p, at(d, '09:00'), `change-race-${round}`, w.otherTherapist.id);
      expect(booked.status).toBe(201);
      const [moved, cancelled] = await Promise.all([moveAs(p, booked.body.id, at(d, '15:00')), cancelAs(p, booked.body.id)]);
      expect(cancelled.status).toBe(200);
      expect([200, 409]).toContain(moved.status);
      if (moved.status === 409) expect(moved.body.error.code).toBe('INVALID_TRANSITION');
      const row = await db().appointment.findUniqueOrThrow({ where: { id: booked.body.id } });
      expect(row.status).toBe('CANCELLED');
      // The freed time offered to the waitlist is where the visit really was when it was cancelled.
      expect(cancelled.body.appointment.start).toBe(row.startsAt.toISOString());
    }
  });

  it('ten reschedules of one visit at once: each is 200 or 409 CONFLICT, never 404 or 5xx, and the visit ends at one of the times', async () => {
    const d = weekdayAhead(6);
    const p = await patientWithIntake();
    const booked = await bookAs(p, at(d, '09:00'), 'many-moves', w.otherTherapist.id);
    expect(booked.status).toBe(201);
    const targets = ['10:15', '11:30', '12:45', '14:00', '15:15'].flatMap((t) => [at(d, t), at(d, t)]);
    const results = await Promise.all(targets.map((t) => moveAs(p, booked.body.id, t)));
    const counts = tally(results);
    expect(Object.keys(counts).every((k) => ['200', '409 CONFLICT', '409 SLOT_TAKEN'].includes(k))).toBe(true);
    expect(counts['200']).toBeGreaterThanOrEqual(1);
    const row = await db().appointment.findUniqueOrThrow({ where: { id: booked.body.id } });
    expect(row.status).toBe('BOOKED');
    expect(targets.map((t) => t.getTime())).toContain(row.startsAt.getTime());
  });
});

describe('a hold that has lapsed but is not yet swept', () => {
  it('can be rescheduled into, as it can be booked (it is offered as free)', async () => {
    const d = weekdayAhead(7);
    const holder = await patientWithIntake();
    const lapsed = await createAppointment(db(), {
      patientId: holder.patient!.id,
      therapistId: w.therapist.id,
      visitTypeId: w.visitType.id,
      startsAt: at(d, '11:00'),
      status: 'HELD',
      holdExpiresAt: new Date(Date.now() - 60_000),
    });
    const p = await patientWithIntake();
    const booked = await bookAs(p, at(d, '14:00'), 'into-lapsed-hold');
    expect(booked.status).toBe(201);
    const moved = await moveAs(p, booked.body.id, at(d, '11:00'));
    expect(moved.status).toBe(200);
    expect(moved.body.start).toBe(at(d, '11:00').toISOString());
    expect(await db().appointment.findUniqueOrThrow({ where: { id: lapsed.id } })).toMatchObject({
      status: 'CANCELLED',
      cancelReason: 'hold expired',
    });
  });

  it("the patient's own lapsed hold with another therapist does not block booking that time", async () => {
    const d = weekdayAhead(7);
    const p = await patientWithIntake();
    await createAppointment(db(), {
      patientId: p.patient!.id,
      therapistId: w.otherTherapist.id,
      visitTypeId: w.visitType.id,
      startsAt: at(d, '15:00'),
      status: 'HELD',
      holdExpiresAt: new Date(Date.now() - 60_000),
    });
    const booked = await bookAs(p, at(d, '15:00'), 'own-lapsed-hold');
    expect(booked.status).toBe(201);
  });
});

describe('withTransaction', () => {
  // Under test:calendar-days, libfaketime's timer wrapper keeps Postgres's deadlock_timeout from
  // firing, so the deadlock is never broken: skipped there (it reads no date).
  it.skipIf(CLOCK_SHIFTED)('retries the victim of a real deadlock, so both transactions commit', async () => {
    // Two transactions take two advisory locks in opposite orders, each waiting until the other
    // holds its first: Postgres must abort one (40P01), and the retry then goes through.
    let arrived = 0;
    let bothHoldFirst!: () => void;
    const barrier = new Promise<void>((r) => {
      bothHoldFirst = r;
    });
    let attempts = 0;
    const run = (first: number, second: number) =>
      withTransaction(async (tx) => {
        attempts++;
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(${first}::bigint)`;
        if (++arrived === 2) bothHoldFirst();
        await barrier;
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(${second}::bigint)`;
        return first;
      });
    expect((await Promise.all([run(901, 902), run(902, 901)])).sort()).toEqual([901, 902]);
    expect(attempts).toBe(3);
  });
});
