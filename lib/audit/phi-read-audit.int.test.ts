// Issue 13, item 9: every staff read of a patient's clinical or contact data is one audit row
// naming the reader, the patient(s) and the practice. Patients reading their own data are not
// recorded (docs/decisions/013).
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import type { SessionUser } from '@/lib/auth/roles';
import { findAdminAppointment } from '@/lib/admin/find-admin-appointment';
import { loadPlanBuilder } from '@/lib/plans/load-plan-builder';
import {
  createAdmin,
  createAppointment,
  createClinic,
  createExercise,
  createExercisePlan,
  createPatient,
  createPractice,
  createTherapist,
  createVisitType,
} from '@/prisma/factories';
import { call, type Caller } from '@/tests/support/http';
import { GET as getPlan } from '@/app/api/plans/[id]/route';
import { GET as listPlans } from '@/app/api/patients/[id]/plans/route';
import { GET as patients } from '@/app/api/patients/route';
import { GET as flags } from '@/app/api/flags/route';
import { GET as getAppointment } from '@/app/api/appointments/[id]/route';

type Staff = Caller & SessionUser;
const staff = (u: { id: string; email: string; name: string; role: SessionUser['role']; practiceId: string | null }): Staff => ({
  id: u.id,
  email: u.email,
  name: u.name,
  role: u.role,
  practiceId: u.practiceId,
});

let practiceId: string;
let maya: Staff;
let admin: Staff;
let jordan: Caller & { patientId: string };
let alex: Caller & { patientId: string };
let visitId: string;
let planId: string;
let flagId: string;

beforeAll(async () => {
  const practice = await createPractice(db(), { name: 'Harbor PT' });
  practiceId = practice.id;
  const clinic = await createClinic(db(), practice.id);
  const mayaUser = await createTherapist(db(), { practiceId, clinicId: clinic.id, name: 'Maya Chen' });
  maya = staff(mayaUser);
  admin = staff(await createAdmin(db(), { practiceId }));
  const visitType = await createVisitType(db(), { name: 'Initial evaluation', durationMinutes: 60 });
  const patient = async (name: string, days: number) => {
    const user = await createPatient(db(), { name, phone: '(212) 555-0101' });
    const visit = await createAppointment(db(), {
      patientId: user.patient!.id,
      therapistId: mayaUser.therapist!.id,
      visitTypeId: visitType.id,
      startsAt: new Date(Date.now() - days * 86_400_000),
      status: 'COMPLETED',
    });
    return { user: { ...user, patientId: user.patient!.id }, visitId: visit.id };
  };
  const j = await patient('Jordan Miller', 5);
  jordan = j.user;
  visitId = j.visitId;
  alex = (await patient('Alex Rivera', 6)).user;
  const exercise = await createExercise(db(), { name: 'Bird dog' });
  const start = new Date(Date.now() - 4 * 86_400_000).toISOString().slice(0, 10);
  planId = (
    await createExercisePlan(db(), {
      patientId: jordan.patientId,
      therapistId: mayaUser.therapist!.id,
      versions: [{ startsOn: start, items: [{ exerciseId: exercise.id }] }],
    })
  ).id;
  flagId = (
    await db().patientFlag.create({
      data: { patientId: jordan.patientId, planId, kind: 'HIGH_PAIN', key: `pain-${start}`, detail: 'Pain 9/10 logged' },
    })
  ).id;
});

/** The rows a read wrote: runs it and returns the audit events that appeared meanwhile. */
async function auditedBy(read: () => Promise<unknown>) {
  const before = await db().auditEvent.findMany({ select: { id: true } });
  await read();
  return db().auditEvent.findMany({
    where: { id: { notIn: before.map((r) => r.id) } },
    select: { actorId: true, action: true, entityType: true, entityId: true, patientId: true, practiceId: true, data: true },
  });
}

const one = (actor: Caller, action: string, entityType: string, entityId: string | null, patientId: string) => [
  expect.objectContaining({
    actorId: actor.id,
    action,
    entityType,
    entityId,
    patientId,
    practiceId,
    data: expect.objectContaining({ patientIds: [patientId] }),
  }),
];

describe('staff reads of patient data are audited', () => {
  it('GET /api/plans/:id: one plan.read row for staff, none for the patient reading their own plan', async () => {
    for (const who of [maya, admin]) {
      expect(
        await auditedBy(async () => expect((await call(getPlan, { as: who, params: { id: planId } })).status).toBe(200)),
      ).toEqual(one(who, 'plan.read', 'ExercisePlan', planId, jordan.patientId));
    }
    expect(
      await auditedBy(async () => expect((await call(getPlan, { as: jordan, params: { id: planId } })).status).toBe(200)),
    ).toEqual([]);
  });

  it('GET /api/patients/:id/plans: one plan.list row naming the patient', async () => {
    for (const who of [maya, admin]) {
      expect(
        await auditedBy(async () =>
          expect((await call(listPlans, { as: who, params: { id: jordan.patientId } })).status).toBe(200),
        ),
      ).toEqual(one(who, 'plan.list', 'Patient', jordan.patientId, jordan.patientId));
    }
  });

  it('the therapist plan page: one plan.read row', async () => {
    expect(await auditedBy(() => loadPlanBuilder(maya, jordan.patientId))).toEqual(
      one(maya, 'plan.read', 'ExercisePlan', planId, jordan.patientId),
    );
  });

  it('GET /api/appointments/:id by staff, and the admin appointment page (with the phone): one appointment.read row', async () => {
    for (const who of [maya, admin]) {
      expect(
        await auditedBy(async () => expect((await call(getAppointment, { as: who, params: { id: visitId } })).status).toBe(200)),
      ).toEqual(one(who, 'appointment.read', 'Appointment', visitId, jordan.patientId));
    }
    expect(
      await auditedBy(async () => expect((await findAdminAppointment(admin, visitId))?.patient.phone).toBe('(212) 555-0101')),
    ).toEqual(one(admin, 'appointment.read', 'Appointment', visitId, jordan.patientId));
    expect(
      await auditedBy(async () => expect((await call(getAppointment, { as: jordan, params: { id: visitId } })).status).toBe(200)),
    ).toEqual([]);
  });

  it('GET /api/patients: one patient.list row per request naming every patient shown', async () => {
    const rows = await auditedBy(async () => expect((await call(patients, { as: maya })).body.patients).toHaveLength(2));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ actorId: maya.id, action: 'patient.list', patientId: null, practiceId });
    expect((rows[0]!.data as { patientIds: string[] }).patientIds.toSorted()).toEqual(
      [jordan.patientId, alex.patientId].toSorted(),
    );
  });

  it('GET /api/flags: one flag.list row naming the flagged patients and the flags', async () => {
    const rows = await auditedBy(async () => expect((await call(flags, { as: maya })).body.flags).toHaveLength(1));
    expect(rows).toEqual([
      expect.objectContaining({
        actorId: maya.id,
        action: 'flag.list',
        patientId: jordan.patientId,
        practiceId,
        data: { patientIds: [jordan.patientId], flagIds: [flagId] },
      }),
    ]);
  });

  it('writes nothing for a read that was refused', async () => {
    const stranger = staff(await createTherapist(db(), { practiceId }));
    expect(
      await auditedBy(async () => expect((await call(getPlan, { as: stranger, params: { id: planId } })).status).toBe(404)),
    ).toEqual([]);
    expect(
      await auditedBy(async () =>
        expect((await call(getAppointment, { as: stranger, params: { id: visitId } })).status).toBe(404),
      ),
    ).toEqual([]);
  });
});
