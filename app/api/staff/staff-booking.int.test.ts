// POST /api/staff/appointments and GET /api/staff/patients: who may book whom (the staff booking
// rule and the care rule), the booking core's invariants (409 to the loser of a race, one visit
// per Idempotency-Key, the audit row, the confirmation job with its email and .ics), and the
// audited patient search.
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { call, type Caller } from '@/tests/support/http';
import { calendarAttachmentOf, latestMailTo } from '@/tests/support/mail';
import { at, buildClinic, patientWithIntake, weekdayAhead } from '@/tests/support/scheduling';
import { runJob } from '@/lib/jobs/run-job';
import { createAdmin, createVisitType } from '@/prisma/factories';
import { POST as bookAsPatient } from '@/app/api/appointments/route';
import { POST as bookAsStaff } from './appointments/route';
import { GET as searchPatients } from './patients/route';

let w: Awaited<ReturnType<typeof buildClinic>>;
let elsewhere: Awaited<ReturnType<typeof buildClinic>>;
let admin: Awaited<ReturnType<typeof createAdmin>>;
let otherAdmin: Awaited<ReturnType<typeof createAdmin>>;

beforeAll(async () => {
  [w, elsewhere] = await Promise.all([buildClinic(), buildClinic()]);
  admin = await createAdmin(db(), { practiceId: w.practice.id });
  otherAdmin = await createAdmin(db(), { practiceId: elsewhere.practice.id });
  // Both patients are in Maya's care through a first visit of their own.
  for (const [p, hhmm] of [
    [w.patient, '09:00'],
    [w.otherPatient, '11:00'],
  ] as const) {
    const res = await call(bookAsPatient, {
      as: p,
      json: { visitTypeId: w.visitType.id, therapistId: w.therapist.id, start: at(weekdayAhead(5), hhmm).toISOString() },
    });
    expect(res.status).toBe(201);
  }
});

const staffBooking = (patientId: string, therapistId: string, start: Date, extra: Record<string, unknown> = {}) => ({
  visitTypeId: w.visitType.id,
  therapistId,
  patientId,
  start: start.toISOString(),
  clinicId: w.clinic.id,
  payment: { method: 'clinic' },
  ...extra,
});

describe('POST /api/staff/appointments', () => {
  it('books a patient into the therapist’s own calendar: audit row, confirmation email with .ics, one visit per key', async () => {
    const start = at(weekdayAhead(1), '10:00');
    const request = {
      as: w.therapistUser,
      json: staffBooking(w.patient.patient!.id, w.therapist.id, start),
      headers: { 'idempotency-key': 'staff-book-once-1' },
    };
    const res = await call(bookAsStaff, request);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      status: 'BOOKED',
      start: start.toISOString(),
      patient: { name: 'Jordan Miller' },
      payment: null,
    });

    const again = await call(bookAsStaff, request);
    expect(again.status).toBe(201);
    expect(again.body.id).toBe(res.body.id);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(await db().appointment.count({ where: { therapistId: w.therapist.id, startsAt: start } })).toBe(1);

    const audit = await db().auditEvent.findFirst({ where: { entityId: res.body.id, action: 'appointment.book' } });
    expect(audit).toMatchObject({ actorId: w.therapistUser.id, patientId: w.patient.patient!.id, practiceId: w.practice.id });
    const jobs = await db().$queryRaw<{ data: { appointmentId: string } }[]>`
      SELECT data FROM pgboss.job WHERE name = 'appointment.booked' AND data->>'appointmentId' = ${res.body.id}`;
    expect(jobs).toHaveLength(1);
    await runJob('appointment.booked', jobs[0]!.data);
    const mail = await latestMailTo(w.patient.email);
    expect(mail.subject).toMatch(/^Booked: /);
    expect(await calendarAttachmentOf(mail)).toContain('BEGIN:VEVENT');
  });

  it('refuses a therapist booking into a colleague’s calendar (403) and a patient not in their care (404)', async () => {
    const start = at(weekdayAhead(1), '13:00');
    const colleague = await call(bookAsStaff, {
      as: w.therapistUser,
      json: staffBooking(w.patient.patient!.id, w.otherTherapist.id, start),
    });
    expect(colleague.status).toBe(403);
    const stranger = await patientWithIntake({ name: 'Stranger Danger' });
    const notInCare = await call(bookAsStaff, {
      as: w.therapistUser,
      json: staffBooking(stranger.patient!.id, w.therapist.id, start),
    });
    expect(notInCare.status).toBe(404);
    const asPatient = await call(bookAsStaff, {
      as: w.patient,
      json: staffBooking(w.patient.patient!.id, w.therapist.id, start),
    });
    expect(asPatient.status).toBe(403);
    expect(await db().appointment.count({ where: { startsAt: start } })).toBe(0);
  });

  it('lets a practice admin book into its therapists’ calendars, billed to insurance; another practice’s admin gets 404', async () => {
    const priced = await createVisitType(db(), {
      name: 'Evaluation',
      durationMinutes: 45,
      priceCents: 15000,
      minNoticeMinutes: 60,
    });
    const start = at(weekdayAhead(2), '14:00');
    const body = staffBooking(w.otherPatient.patient!.id, w.otherTherapist.id, start, {
      visitTypeId: priced.id,
      payment: { method: 'insurance', payer: 'Aetna', memberId: 'W123 456' },
    });
    const foreign = await call(bookAsStaff, { as: otherAdmin, json: body });
    expect(foreign.status).toBe(404);
    expect(foreign.body.error.code).toBe('NOT_FOUND');

    const res = await call(bookAsStaff, { as: admin, json: body });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ status: 'BOOKED', therapist: { id: w.otherTherapist.id }, priceCents: 15000 });
    expect(res.body.payment).toMatchObject({ method: 'INSURANCE', status: 'INSURANCE_CLAIM', amountCents: 15000 });
  });

  it('gives the time to one of two staff booking it at once; the other gets 409 SLOT_TAKEN and nothing is double-booked', async () => {
    const start = at(weekdayAhead(3), '15:00');
    const results = await Promise.all([
      call(bookAsStaff, { as: w.therapistUser, json: staffBooking(w.patient.patient!.id, w.therapist.id, start) }),
      call(bookAsStaff, { as: admin, json: staffBooking(w.otherPatient.patient!.id, w.therapist.id, start) }),
    ]);
    expect(results.map((r) => (r.status === 201 ? '201' : `${r.status} ${r.body.error?.code}`)).sort()).toEqual([
      '201',
      '409 SLOT_TAKEN',
    ]);
    expect(
      await db().appointment.count({
        where: { therapistId: w.therapist.id, startsAt: start, status: { in: ['HELD', 'BOOKED'] } },
      }),
    ).toBe(1);
  });
});

describe('GET /api/staff/patients', () => {
  const search = (as: Caller, name: string) =>
    call(searchPatients, { as, path: `/api/staff/patients?name=${encodeURIComponent(name)}` });

  it('finds the caller’s patients by name, never another practice’s, and records the read', async () => {
    const mine = await search(w.therapistUser, 'jordan');
    expect(mine.status).toBe(200);
    expect(mine.body.patients).toEqual([{ id: w.patient.patient!.id, name: 'Jordan Miller', dateOfBirth: expect.any(String) }]);
    const audit = await db().auditEvent.findFirst({
      where: { actorId: w.therapistUser.id, action: 'patient.search' },
      orderBy: { at: 'desc' },
    });
    expect(audit).toMatchObject({ patientId: w.patient.patient!.id, practiceId: w.practice.id });

    expect((await search(admin, 'Alex Riv')).body.patients.map((p: { id: string }) => p.id)).toContain(
      w.otherPatient.patient!.id,
    );
    // Another practice's admin and therapist see none of this practice's patients.
    expect((await search(otherAdmin, 'Jordan Miller')).body.patients.map((p: { id: string }) => p.id)).not.toContain(
      w.patient.patient!.id,
    );
    expect((await search(elsewhere.therapistUser, 'Jordan Miller')).body.patients).toEqual([]);
    expect((await search(w.patient, 'Jordan')).status).toBe(403);
    expect((await search(w.therapistUser, 'J')).status).toBe(400);
  });

  it('refuses LIKE wildcards (so "%%" cannot list everyone) and more than 60 searches a minute (429)', async () => {
    for (const name of ['%%', '__', 'Jo%', 'a\\b']) {
      const res = await search(w.therapistUser, name);
      expect(res.status, name).toBe(400);
      expect(res.body.error.code).toBe('VALIDATION_FAILED');
    }
    // A fresh caller; the limit counts per clock minute, so 121 searches (a few seconds) put at
    // least 61 into one minute, while no minute can hold more than the first 60.
    const fresh = await createAdmin(db(), { practiceId: w.practice.id });
    const answers: number[] = [];
    for (let i = 0; i < 121; i++) answers.push((await search(fresh, 'Jordan')).status);
    expect(answers.slice(0, 60).every((s) => s === 200)).toBe(true);
    expect(answers).toContain(429);
  });
});
