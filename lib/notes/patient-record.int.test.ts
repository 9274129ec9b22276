import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import type { SessionUser } from '@/lib/auth/roles';
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
import { GET as progress } from '@/app/api/patients/[id]/progress/route';
import { GET as patients } from '@/app/api/patients/route';
import { PUT as putNote } from '@/app/api/appointments/[id]/note/route';
import { listPatientVisits } from '@/lib/booking/list-patient-visits';
import { listPatientNotes } from '@/lib/notes/list-patient-notes';

const ZONE = 'America/New_York';
const HOUR = 3_600_000;

let maya: Caller & { therapistId: string };
let luis: Caller & { therapistId: string };
let otherAdmin: Caller;
let jordan: Caller & { patientId: string };
let past: string;
let next: string;

const session = (c: Caller, role: SessionUser['role'], practiceId: string | null = null): SessionUser => ({
  id: c.id,
  email: c.email ?? '',
  name: c.name ?? '',
  role,
  practiceId,
});

beforeAll(async () => {
  const practice = await createPractice(db());
  const clinic = await createClinic(db(), practice.id, { timezone: ZONE });
  const t = async (name: string) => {
    const u = await createTherapist(db(), { name, practiceId: practice.id, clinicId: clinic.id, timezone: ZONE });
    return { ...u, therapistId: u.therapist!.id };
  };
  maya = await t('Maya Chen');
  luis = await t('Luis Herrera');
  otherAdmin = await createAdmin(db(), { practiceId: (await createPractice(db())).id });
  const p = await createPatient(db(), { name: 'Jordan Miller' });
  jordan = { ...p, patientId: p.patient!.id };
  const visitTypeId = (await createVisitType(db(), { durationMinutes: 45, name: 'Follow-up' })).id;
  const visit = (startsAt: Date, status?: 'COMPLETED') =>
    createAppointment(db(), { patientId: jordan.patientId, therapistId: maya.therapistId, visitTypeId, startsAt, status }).then(
      (a) => a.id,
    );
  past = await visit(new Date(Date.now() - 72 * HOUR), 'COMPLETED');
  next = await visit(new Date(Date.now() + 50 * HOUR));
  await call(putNote, {
    method: 'PUT',
    as: maya,
    params: { id: past },
    json: { subjective: 'Better', objective: '', assessment: '', plan: '' },
  });
});

describe("a patient's record", () => {
  it('is read by their therapist, and the read is recorded in the audit log', async () => {
    const res = await call(progress, { as: maya, params: { id: jordan.patientId } });
    expect(res.status).toBe(200);
    expect(res.body.patient.name).toBe('Jordan Miller');
    const reads = await db().auditEvent.findMany({ where: { action: 'patient.read', patientId: jordan.patientId } });
    expect(reads.map((r) => r.actorId)).toEqual([maya.id]);
    // Filed under Maya's practice, so its admins see who read the record.
    const mayasPractice = (await db().therapist.findUniqueOrThrow({ where: { id: maya.therapistId } })).practiceId;
    expect(reads.map((r) => r.practiceId)).toEqual([mayasPractice]);
  });

  it("is not found for another therapist or another practice's admin, and nothing of it leaks", async () => {
    expect((await call(progress, { as: luis, params: { id: jordan.patientId } })).status).toBe(404);
    expect((await call(progress, { as: otherAdmin, params: { id: jordan.patientId } })).status).toBe(404);
    expect((await call(progress, { as: jordan, params: { id: jordan.patientId } })).status).toBe(403);
    expect(await listPatientVisits(session(luis, 'THERAPIST'), jordan.patientId)).toEqual([]);
    expect(await listPatientNotes(session(luis, 'THERAPIST'), jordan.patientId)).toEqual([]);
    const luisList = await call(patients, { as: luis });
    expect(luisList.body.patients).toEqual([]);
  });

  it("lists the therapist's visits with the patient, past and upcoming, with their notes", async () => {
    const visits = await listPatientVisits(session(maya, 'THERAPIST'), jordan.patientId);
    expect(visits.map((v) => [v.id, v.status, v.note])).toEqual([
      [next, 'BOOKED', null],
      [past, 'COMPLETED', 'DRAFT'],
    ]);
    const notes = await listPatientNotes(session(maya, 'THERAPIST'), jordan.patientId);
    expect(notes).toEqual([
      expect.objectContaining({ appointmentId: past, status: 'DRAFT', therapist: 'Maya Chen', visitType: 'Follow-up' }),
    ]);
  });

  it("shows the patient's next visit in the therapist's patient list", async () => {
    const res = await call(patients, { as: maya });
    expect(res.body.patients).toEqual([
      expect.objectContaining({ name: 'Jordan Miller', nextVisit: expect.objectContaining({ id: next }) }),
    ]);
  });
});
