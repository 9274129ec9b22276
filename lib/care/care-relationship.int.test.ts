// Issue 13, item 3: a patient who starts a card checkout with a therapist of another practice and
// abandons it must not open their record to that therapist or that practice's admins. Before the
// care relationship (lib/care) any appointment, even a hold, made a therapist "treating".
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import type { SessionUser } from '@/lib/auth/roles';
import { findAdminAppointment } from '@/lib/admin/find-admin-appointment';
import { loadPatientProgress } from '@/lib/plans/load-patient-progress';
import { loadPlanBuilder } from '@/lib/plans/load-plan-builder';
import { listTreatedPatients } from '@/lib/plans/list-treated-patients';
import { checkoutSessionEvent } from '@/lib/payments/test-events';
import {
  createAdmin,
  createAppointment,
  createClinic,
  createExercise,
  createExercisePlan,
  createPractice,
  createTherapist,
} from '@/prisma/factories';
import { call, type Caller } from '@/tests/support/http';
import { buildPaidClinic, deliver, newPatient } from '@/tests/support/payments';
import { at, weekdayAhead, ZONE } from '@/tests/support/scheduling';
import { GET as getPlan } from '@/app/api/plans/[id]/route';
import { GET as listPlans } from '@/app/api/patients/[id]/plans/route';
import { GET as progress } from '@/app/api/patients/[id]/progress/route';
import { GET as patients } from '@/app/api/patients/route';
import { GET as flags } from '@/app/api/flags/route';
import { POST as acknowledge } from '@/app/api/flags/[id]/acknowledge/route';
import { GET as getAppointment } from '@/app/api/appointments/[id]/route';
import { GET as appointmentIntake } from '@/app/api/appointments/[id]/intake/route';
import { GET as appointmentNote } from '@/app/api/appointments/[id]/note/route';
import { GET as fhirPatient } from '@/app/api/fhir/Patient/[id]/route';
import { GET as fhirAppointments } from '@/app/api/fhir/Appointment/route';
import { GET as fhirCarePlans } from '@/app/api/fhir/CarePlan/route';

type Staff = Caller & SessionUser;
let w: Awaited<ReturnType<typeof buildPaidClinic>>;
let patient: Awaited<ReturnType<typeof newPatient>>;
let checkoutTherapist: Staff; // of the practice where the checkout was abandoned
let checkoutAdmin: Staff;
let maya: Staff; // the genuine treating therapist, at Harbor PT
let harborAdmin: Staff;
let networkAdmin: Staff;
let visitId: string;
let planId: string;
let flagId: string;
let heldId: string;
let checkout: Awaited<ReturnType<Awaited<ReturnType<typeof buildPaidClinic>>['bookByCard']>>['facts'];

const staff = (u: { id: string; email: string; name: string; role: SessionUser['role']; practiceId: string | null }): Staff => ({
  id: u.id,
  email: u.email,
  name: u.name,
  role: u.role,
  practiceId: u.practiceId,
});

beforeAll(async () => {
  w = await buildPaidClinic();
  checkoutTherapist = staff(w.therapistUser);
  checkoutAdmin = staff(await createAdmin(db(), { practiceId: w.practice.id }));
  const harbor = await createPractice(db(), { name: 'Harbor PT' });
  const clinic = await createClinic(db(), harbor.id, { timezone: ZONE });
  const mayaUser = await createTherapist(db(), { practiceId: harbor.id, clinicId: clinic.id, timezone: ZONE, name: 'Maya Chen' });
  maya = staff(mayaUser);
  harborAdmin = staff(await createAdmin(db(), { practiceId: harbor.id }));
  networkAdmin = staff(await createAdmin(db()));

  patient = await newPatient();
  visitId = (
    await createAppointment(db(), {
      patientId: patient.patientId,
      therapistId: mayaUser.therapist!.id,
      visitTypeId: w.visitType.id,
      startsAt: new Date(Date.now() - 5 * 86_400_000),
      status: 'COMPLETED',
    })
  ).id;
  const exercise = await createExercise(db(), { name: 'Bird dog', sets: 1, reps: 10 });
  const start = new Date(Date.now() - 4 * 86_400_000).toISOString().slice(0, 10);
  const plan = await createExercisePlan(db(), {
    patientId: patient.patientId,
    therapistId: mayaUser.therapist!.id,
    title: 'Low back program',
    versions: [{ startsOn: start, items: [{ exerciseId: exercise.id }] }],
  });
  planId = plan.id;
  flagId = (
    await db().patientFlag.create({
      data: { patientId: patient.patientId, planId, kind: 'HIGH_PAIN', key: `pain-${start}`, detail: 'Pain 9/10 logged' },
    })
  ).id;

  // The patient starts a card checkout with a therapist of another practice (the intake goes with it).
  const booked = await w.bookByCard(patient, at(weekdayAhead(1), '10:00'));
  heldId = booked.res.body.id;
  checkout = booked.facts;
  expect(booked.res.body.status).toBe('HELD');
});

/** Every read of the patient's data a staff member could try, by route, with its status. */
async function readStatuses(as: Caller, appointmentId: string) {
  const byPatient = { as, params: { id: patient.patientId } };
  const fhirSearch = (resource: string) => ({ as, path: `/api/fhir/${resource}?patient=${patient.patientId}` });
  return {
    plan: (await call(getPlan, { as, params: { id: planId } })).status,
    plans: (await call(listPlans, byPatient)).status,
    progress: (await call(progress, byPatient)).status,
    appointment: (await call(getAppointment, { as, params: { id: appointmentId } })).status,
    intake: (await call(appointmentIntake, { as, params: { id: appointmentId } })).status,
    fhirPatient: (await call(fhirPatient, { ...byPatient, path: `/api/fhir/Patient/${patient.patientId}` })).status,
    fhirAppointments: (await call(fhirAppointments, fhirSearch('Appointment'))).status,
    fhirCarePlans: (await call(fhirCarePlans, fhirSearch('CarePlan'))).status,
  };
}

const allNotFound = {
  plan: 404,
  plans: 404,
  progress: 404,
  appointment: 404,
  intake: 404,
  fhirPatient: 404,
  fhirAppointments: 404,
  fhirCarePlans: 404,
};

/** The therapist of the abandoned checkout sees nothing of the patient, in the API and in the pages' loaders. */
async function expectCheckoutTherapistSeesNothing() {
  expect(await readStatuses(checkoutTherapist, heldId)).toEqual(allNotFound);
  expect((await call(appointmentNote, { as: checkoutTherapist, params: { id: heldId } })).status).toBe(404);
  expect((await call(acknowledge, { method: 'POST', as: checkoutTherapist, params: { id: flagId } })).status).toBe(404);
  const listed = await call(patients, { as: checkoutTherapist });
  expect(listed.status).toBe(200);
  expect(listed.body.patients.map((p: { id: string }) => p.id)).not.toContain(patient.patientId);
  expect((await call(flags, { as: checkoutTherapist })).body.flags).toEqual([]);
  // The therapist patient page and plan page load through these (a NOT_FOUND becomes the 404 page).
  await expect(loadPatientProgress(checkoutTherapist, patient.patientId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  await expect(loadPlanBuilder(checkoutTherapist, patient.patientId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  expect((await listTreatedPatients(checkoutTherapist)).map((p) => p.id)).not.toContain(patient.patientId);
  // Their practice's admin neither (the admin appointment page is not found either).
  expect(await readStatuses(checkoutAdmin, heldId)).toEqual(allNotFound);
  expect(await findAdminAppointment(checkoutAdmin, heldId)).toBeNull();
}

describe('the care relationship', () => {
  it('is not made by a hold: while the checkout is open, its therapist and practice read nothing', async () => {
    await expectCheckoutTherapistSeesNothing();
  });

  it('is not made by an abandoned checkout either, once the hold is released', async () => {
    expect((await deliver(checkoutSessionEvent('checkout.session.expired', checkout))).status).toBe(200);
    const released = await db().appointment.findUniqueOrThrow({
      where: { id: heldId },
      select: { status: true, cancelledById: true },
    });
    expect(released).toEqual({ status: 'CANCELLED', cancelledById: null });
    await expectCheckoutTherapistSeesNothing();
    // And nothing of these refused reads was recorded as a read of the patient.
    expect(
      await db().auditEvent.count({
        where: { actorId: { in: [checkoutTherapist.id, checkoutAdmin.id] }, patientId: patient.patientId },
      }),
    ).toBe(0);
  });

  it('still lets the treating therapist, their practice admin and a network admin read everything', async () => {
    const ok = {
      plan: 200,
      plans: 200,
      progress: 200,
      appointment: 200,
      intake: 200,
      fhirPatient: 200,
      fhirAppointments: 200,
      fhirCarePlans: 200,
    };
    for (const who of [maya, harborAdmin, networkAdmin]) expect(await readStatuses(who, visitId), who.email).toEqual(ok);
    expect((await call(patients, { as: maya })).body.patients.map((p: { id: string }) => p.id)).toContain(patient.patientId);
    expect((await call(flags, { as: maya })).body.flags.map((f: { id: string }) => f.id)).toEqual([flagId]);
    expect((await loadPlanBuilder(maya, patient.patientId)).plan?.id).toBe(planId);
    expect(await findAdminAppointment(harborAdmin, visitId)).not.toBeNull();
  });

  it('is made by a booked, completed or no-show visit, not by a held or cancelled one, and only for that therapist', async () => {
    const other = await newPatient();
    const expected = { BOOKED: 200, COMPLETED: 200, NO_SHOW: 200, HELD: 404, CANCELLED: 404 } as const;
    for (const [i, [status, want]] of (Object.entries(expected) as [keyof typeof expected, number][]).entries()) {
      const t = await createTherapist(db(), { practiceId: w.practice.id, clinicId: w.clinic.id, timezone: ZONE });
      await createAppointment(db(), {
        patientId: other.patientId,
        therapistId: t.therapist!.id,
        visitTypeId: w.visitType.id,
        status,
        // Past visits a week ago, future ones in 20 days, three hours apart (a patient's visits may not overlap).
        startsAt: new Date(Date.now() + (status === 'BOOKED' || status === 'HELD' ? 20 : -7) * 86_400_000 + i * 3 * 3_600_000),
      });
      expect((await call(progress, { as: t, params: { id: other.patientId } })).status, status).toBe(want);
    }
    // Colleagues in the same practice do not share patients: the therapists above with a real visit let no one else in.
    expect((await call(progress, { as: checkoutTherapist, params: { id: other.patientId } })).status).toBe(404);
    // Their practice's admin reads the patient (a real visit with a therapist of the practice).
    expect((await call(progress, { as: checkoutAdmin, params: { id: other.patientId } })).status).toBe(200);
  });
});
