import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { call } from '@/tests/support/http';
import { at, buildClinic, weekdayAhead, patientWithIntake } from '@/tests/support/scheduling';
import { createAdmin, createPractice } from '@/prisma/factories';
import { GET as listSlots } from '@/app/api/slots/route';
import { expandCompactSlots } from '@/lib/scheduling/compact-slots';
import { GET as listAppointments, POST as book } from '@/app/api/appointments/route';
import { GET as getOne, PATCH as reschedule } from '@/app/api/appointments/[id]/route';
import { POST as cancel } from '@/app/api/appointments/[id]/cancel/route';
import { POST as setStatus } from '@/app/api/appointments/[id]/status/route';

let w: Awaited<ReturnType<typeof buildClinic>>;
const day = weekdayAhead(1);

const bookAs = (as: { id: string }, start: Date, key?: string, therapistId = w.therapist.id) =>
  call(book, {
    as,
    json: { visitTypeId: w.visitType.id, therapistId, start: start.toISOString() },
    headers: key ? { 'idempotency-key': key } : {},
  });

async function openStarts(therapistId = w.therapist.id): Promise<string[]> {
  const from = at(day, '00:00').toISOString();
  const to = at(day, '23:59').toISOString();
  const res = await call(listSlots, {
    path: `/api/slots?visitTypeId=${w.visitType.id}&therapistId=${therapistId}&from=${from}&to=${to}`,
  });
  expect(res.status).toBe(200);
  return res.body.slots.map((s: { start: string }) => s.start);
}

beforeAll(async () => {
  w = await buildClinic();
});

describe('booking a visit', () => {
  it('books an open time, then that time and its buffer are no longer offered', async () => {
    expect(await openStarts()).toContain(at(day, '10:00').toISOString());
    const res = await bookAs(w.patient, at(day, '10:00'));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      status: 'BOOKED',
      start: at(day, '10:00').toISOString(),
      end: at(day, '11:00').toISOString(),
      modality: 'IN_CLINIC',
    });
    const open = await openStarts();
    expect(open).not.toContain(at(day, '10:00').toISOString());
    expect(open).not.toContain(at(day, '09:15').toISOString()); // would run into 10:00
    expect(open).not.toContain(at(day, '11:00').toISOString()); // inside the 15-minute buffer after
    expect(open).toContain(at(day, '11:15').toISOString());
    expect(await db().auditEvent.count({ where: { action: 'appointment.book', entityId: res.body.id } })).toBe(1);
  });

  it('returns the same appointment for a retried Idempotency-Key, and refuses the key for another time', async () => {
    const first = await bookAs(w.otherPatient, at(day, '14:00'), 'retry-key-0001');
    const again = await bookAs(w.otherPatient, at(day, '14:00'), 'retry-key-0001');
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.body.id).toBe(first.body.id);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(await db().appointment.count({ where: { patientId: w.otherPatient.patient!.id } })).toBe(1);
    const misuse = await bookAs(w.otherPatient, at(day, '15:30'), 'retry-key-0001');
    expect(misuse.status).toBe(422);
    expect(misuse.body.error.code).toBe('IDEMPOTENCY_KEY_REUSED');
  });

  it('says which rule a time breaks: availability, notice, horizon', async () => {
    const p = await patientWithIntake();
    const evening = await bookAs(p, at(day, '18:00'));
    expect(evening.status).toBe(422);
    expect(evening.body.error.code).toBe('OUTSIDE_AVAILABILITY');
    const soon = await bookAs(p, new Date(Date.now() + 60 * 60_000));
    expect(soon.status).toBe(422);
    expect(soon.body.error.code).toBe('INSUFFICIENT_NOTICE');
    const far = await bookAs(p, new Date(Date.now() + 120 * 86_400_000));
    expect(far.status).toBe(422);
    expect(far.body.error.code).toBe('BEYOND_HORIZON');
    expect(await db().appointment.count({ where: { patientId: p.patient!.id } })).toBe(0);
  });

  it('answers 409 SLOT_TAKEN for a taken time and PATIENT_DOUBLE_BOOKED for a patient already busy', async () => {
    const p = await patientWithIntake();
    const taken = await bookAs(p, at(day, '10:30'));
    expect(taken.status).toBe(409);
    expect(taken.body.error.code).toBe('SLOT_TAKEN');
    const clash = await bookAs(w.patient, at(day, '10:00'), undefined, w.otherTherapist.id);
    expect(clash.status).toBe(409);
    expect(clash.body.error.code).toBe('PATIENT_DOUBLE_BOOKED');
  });
});

describe('who sees and changes an appointment', () => {
  it("hides another patient's appointment (404) and lists only one's own", async () => {
    const mine = await bookAs(w.patient, at(weekdayAhead(2), '09:00'));
    const stranger = await patientWithIntake();
    for (const res of [
      await call(getOne, { as: stranger, params: { id: mine.body.id } }),
      await call(reschedule, {
        as: stranger,
        params: { id: mine.body.id },
        json: { start: at(weekdayAhead(2), '13:00').toISOString() },
      }),
      await call(cancel, { as: stranger, params: { id: mine.body.id }, json: { reason: 'mischief' } }),
    ]) {
      expect(res.status).toBe(404);
      expect(res.body.error.code).toBe('NOT_FOUND');
    }
    expect((await call(getOne, { as: w.therapistUser, params: { id: mine.body.id } })).status).toBe(200);
    expect((await call(getOne, { as: w.otherTherapistUser, params: { id: mine.body.id } })).status).toBe(404);
    const otherPracticeAdmin = await createAdmin(db(), { practiceId: (await createPractice(db())).id });
    expect((await call(getOne, { as: otherPracticeAdmin, params: { id: mine.body.id } })).status).toBe(404);
    const list = await call(listAppointments, { as: stranger, path: '/api/appointments' });
    expect(list.body.appointments).toEqual([]);
    const own = await call(listAppointments, { as: w.patient, path: '/api/appointments?scope=upcoming' });
    expect(own.body.appointments.map((a: { id: string }) => a.id)).toContain(mine.body.id);
  });
});

describe('rescheduling', () => {
  it('is all or nothing: a taken time changes nothing, a free one moves the visit and frees the old time', async () => {
    const d = weekdayAhead(3);
    const a = await bookAs(w.patient, at(d, '10:00'));
    const b = await bookAs(w.otherPatient, at(d, '12:00'));
    expect([a.status, b.status]).toEqual([201, 201]);
    const clash = await call(reschedule, {
      as: w.patient,
      params: { id: a.body.id },
      json: { start: at(d, '12:00').toISOString() },
    });
    expect(clash.status).toBe(409);
    expect(clash.body.error.code).toBe('SLOT_TAKEN');
    const unchanged = await db().appointment.findUniqueOrThrow({ where: { id: a.body.id } });
    expect(unchanged.startsAt.toISOString()).toBe(at(d, '10:00').toISOString());

    const moved = await call(reschedule, {
      as: w.patient,
      params: { id: a.body.id },
      json: { start: at(d, '14:00').toISOString() },
    });
    expect(moved.status).toBe(200);
    expect(moved.body.start).toBe(at(d, '14:00').toISOString());
    const p = await patientWithIntake();
    expect((await bookAs(p, at(d, '10:00'))).status).toBe(201);
  });
});

describe('cancelling and closing', () => {
  it('cancels with a reason, reopens the time, and never goes backwards', async () => {
    const d = weekdayAhead(4);
    const a = await bookAs(w.patient, at(d, '15:00'));
    const res = await call(cancel, { as: w.patient, params: { id: a.body.id }, json: { reason: 'Feeling better' } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      appointment: { status: 'CANCELLED', cancelReason: 'Feeling better' },
      late: false,
      cancelledBy: 'patient',
    });
    expect((await call(cancel, { as: w.patient, params: { id: a.body.id }, json: { reason: 'again' } })).status).toBe(409);
    const back = db().$executeRawUnsafe(`UPDATE appointments SET status = 'BOOKED' WHERE id = $1`, a.body.id);
    await expect(back).rejects.toThrow(/cannot go from CANCELLED to BOOKED/);
    const audit = await db().auditEvent.findFirstOrThrow({ where: { action: 'appointment.cancel', entityId: a.body.id } });
    expect(audit.actorId).toBe(w.patient.id);
  });

  it('lets the therapist mark a visit completed only once it has started', async () => {
    const a = await bookAs(w.patient, at(weekdayAhead(5), '09:00'));
    const early = await call(setStatus, { as: w.therapistUser, params: { id: a.body.id }, json: { status: 'COMPLETED' } });
    expect(early.status).toBe(409);
    const asPatient = await call(setStatus, { as: w.patient, params: { id: a.body.id }, json: { status: 'COMPLETED' } });
    expect(asPatient.status).toBe(403);
  });
});

describe('GET /api/slots', () => {
  it('refuses reversed ranges and ranges over 93 days', async () => {
    const base = `/api/slots?visitTypeId=${w.visitType.id}`;
    const reversed = await call(listSlots, { path: `${base}&from=2026-12-10T00:00:00Z&to=2026-12-01T00:00:00Z` });
    expect(reversed.status).toBe(400);
    const long = await call(listSlots, { path: `${base}&from=2026-12-01T00:00:00Z&to=2027-03-15T00:00:00Z` });
    expect(long.status).toBe(400);
    const unknown = await call(listSlots, {
      path: '/api/slots?visitTypeId=nope&from=2026-12-01T00:00:00Z&to=2026-12-02T00:00:00Z',
    });
    expect(unknown.status).toBe(404);
    const badZone = await call(listSlots, {
      path: `${base}&from=2026-12-01T00:00:00Z&to=2026-12-02T00:00:00Z&format=compact&zone=Mars/Base`,
    });
    expect(badZone.status).toBe(400);
  });

  it('answers format=compact with the same starts as the list, by local day in the zone asked for', async () => {
    const from = new Date(Date.now()).toISOString();
    const to = new Date(Date.now() + 14 * 86_400_000).toISOString();
    const base = `/api/slots?visitTypeId=${w.visitType.id}&from=${from}&to=${to}`;
    const list = await call(listSlots, { path: base });
    const compact = await call(listSlots, { path: `${base}&format=compact&zone=America/Chicago` });
    expect(compact.status).toBe(200);
    expect(list.body.slots.length).toBeGreaterThan(10);
    expect(compact.body).toMatchObject({ zone: 'America/Chicago', durationMinutes: 60 });
    expect(expandCompactSlots(compact.body)).toEqual(list.body.slots);
    expect(JSON.stringify(compact.body).length * 5).toBeLessThan(JSON.stringify(list.body).length);
  });
});
