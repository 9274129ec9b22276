import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { call, type Caller } from '@/tests/support/http';
import {
  createAdmin,
  createAppointment,
  createClinic,
  createPatient,
  createPractice,
  createTherapist,
  createVisitType,
} from '@/prisma/factories';
import { POST as checkIn } from '@/app/api/appointments/[id]/check-in/route';

const ZONE = 'America/New_York';
const HOUR = 3_600_000;

let maya: Caller & { therapistId: string };
let luis: Caller;
let practiceAdmin: Caller;
let otherAdmin: Caller;
let patient: Caller & { patientId: string };
let inClinic: string;
let video: string;

let slot = 0;
async function visit(startsAt: Date, over: { visitTypeId?: string; status?: 'BOOKED' | 'CANCELLED' } = {}) {
  return (
    await createAppointment(db(), {
      patientId: patient.patientId,
      therapistId: maya.therapistId,
      visitTypeId: over.visitTypeId ?? inClinic,
      startsAt,
      status: over.status,
    })
  ).id;
}
/** Distinct 30-minute visits starting within the next 3 hours (check-in is open then, whatever the local hour). */
const soon = () => new Date(Date.now() + (5 + 35 * slot++) * 60_000);
const post = (as: Caller, id: string) => call(checkIn, { as, params: { id }, method: 'POST' });

beforeAll(async () => {
  const practice = await createPractice(db());
  const clinic = await createClinic(db(), practice.id, { timezone: ZONE });
  const other = await createPractice(db());
  const u = await createTherapist(db(), { name: 'Maya Chen', practiceId: practice.id, clinicId: clinic.id, timezone: ZONE });
  maya = { ...u, therapistId: u.therapist!.id };
  luis = await createTherapist(db(), { name: 'Luis Herrera', practiceId: practice.id, clinicId: clinic.id, timezone: ZONE });
  practiceAdmin = await createAdmin(db(), { practiceId: practice.id });
  otherAdmin = await createAdmin(db(), { practiceId: other.id });
  const p = await createPatient(db(), { name: 'Jordan Miller' });
  patient = { ...p, patientId: p.patient!.id };
  inClinic = (await createVisitType(db(), { durationMinutes: 30, modality: 'IN_CLINIC' })).id;
  video = (await createVisitType(db(), { durationMinutes: 30, modality: 'VIRTUAL' })).id;
});

describe('checking a patient in', () => {
  it('sets the check-in time once, records it, and answers a second call with the same time', async () => {
    const id = await visit(soon());
    const first = await post(maya, id);
    expect(first.status).toBe(200);
    expect(first.body).toEqual({ id, status: 'BOOKED', checkedInAt: expect.any(String) });
    const again = await post(practiceAdmin, id);
    expect(again.status).toBe(200);
    expect(again.body.checkedInAt).toBe(first.body.checkedInAt);
    const stored = await db().appointment.findUniqueOrThrow({ where: { id } });
    expect(stored.checkedInAt?.toISOString()).toBe(first.body.checkedInAt);
    const audit = await db().auditEvent.findMany({ where: { entityId: id, action: 'appointment.check_in' } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: maya.id, patientId: patient.patientId });
  });

  it("is done by an admin of the practice; another therapist, another practice's admin and the patient cannot", async () => {
    const id = await visit(soon());
    expect((await post(luis, id)).status).toBe(404);
    expect((await post(otherAdmin, id)).status).toBe(404);
    expect((await post(patient, id)).status).toBe(403);
    expect((await post(practiceAdmin, id)).status).toBe(200);
  });

  it('refuses a video visit, a cancelled visit, and a visit on another day', async () => {
    expect((await post(maya, await visit(soon(), { visitTypeId: video }))).status).toBe(409);
    expect((await post(maya, await visit(soon(), { status: 'CANCELLED' }))).status).toBe(409);
    const later = await post(maya, await visit(new Date(Date.now() + 3 * 24 * HOUR)));
    expect(later.status).toBe(409);
    expect(later.body.error.message).toMatch(/day of the visit/);
    const past = await post(maya, await visit(new Date(Date.now() - 3 * 24 * HOUR)));
    expect(past.status).toBe(409);
  });
});
