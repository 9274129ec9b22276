import { beforeAll, describe, expect, it } from 'vitest';
import type { Appointment, Bundle, CarePlan, Location, OperationOutcome, Practitioner } from '@medplum/fhirtypes';
import { db } from '@/lib/db';
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
import { GET as searchAppointments } from './Appointment/route';
import { GET as searchCarePlans } from './CarePlan/route';
import { GET as readPractitioner } from './Practitioner/[id]/route';
import { GET as readLocation } from './Location/[id]/route';

let practiceAdmin: Caller;
let otherPatient: Caller;
let therapist: Caller & { therapist: { id: string } | null };
let patientId: string;
let clinicId: string;
let closedClinicId: string;

beforeAll(async () => {
  const harbor = await createPractice(db(), { name: 'Harbor PT' });
  const clinic = await createClinic(db(), harbor.id, {
    name: 'Harbor PT — Chelsea',
    addressLine1: '236 W 27th St',
    addressLine2: 'Suite 400',
    zip: '10001',
    latitude: 40.7472,
    longitude: -73.9945,
    phone: '(212) 555-0142',
    hours: 'Mon–Fri 7:00 am–7:00 pm, Sat 8:00 am–12:00 pm',
  });
  clinicId = clinic.id;
  const closed = await createClinic(db(), harbor.id, { name: 'Harbor PT — Old Pier', hours: 'Mon–Fri by appointment' });
  closedClinicId = closed.id;
  await db().clinic.update({ where: { id: closed.id }, data: { active: false, closedAt: new Date('2026-01-15T17:00:00Z') } });
  therapist = await createTherapist(db(), {
    practiceId: harbor.id,
    clinicId: clinic.id,
    name: 'Maya Chen',
    email: 'maya.chen@example.test',
    credentials: 'PT, DPT, OCS',
  });
  practiceAdmin = await createAdmin(db(), { practiceId: harbor.id });
  const p = await createPatient(db(), { name: 'Jordan Miller' });
  patientId = p.patient!.id;
  otherPatient = await createPatient(db());
  const visit = await createVisitType(db(), { name: 'Initial evaluation', durationMinutes: 60, modality: 'IN_CLINIC' });
  await createAppointment(db(), {
    patientId,
    therapistId: therapist.therapist!.id,
    visitTypeId: visit.id,
    startsAt: new Date('2026-03-02T14:00:00Z'),
    status: 'COMPLETED',
  });
  const exercise = await createExercise(db(), { name: 'Bridge', sets: 2, reps: 10 });
  await createExercisePlan(db(), {
    patientId,
    therapistId: therapist.therapist!.id,
    title: 'Low back program',
    versions: [
      { startsOn: '2026-03-02', items: [{ exerciseId: exercise.id, sets: 2, reps: 10, timesPerDay: 1, daysPerWeek: 7 }] },
    ],
  });
});

/** "Practitioner/abc" → the route's GET for it, with the id as its param. */
async function follow<T>(reference: string, as?: Caller) {
  const [type, id] = reference.split('/') as [string, string];
  const handler = type === 'Practitioner' ? readPractitioner : readLocation;
  return call<T>(handler, { path: `/api/fhir/${reference}`, as, params: { id } });
}

describe('following the references of an Appointment and a CarePlan', () => {
  it('resolves the Practitioner and the Location an Appointment names, with matching ids and names', async () => {
    const search = await call<Bundle<Appointment>>(searchAppointments, {
      path: `/api/fhir/Appointment?patient=${patientId}`,
      as: practiceAdmin,
    });
    expect(search.status).toBe(200);
    const participants = search.body.entry![0]!.resource!.participant.map((p) => p.actor!);
    const practitionerRef = participants.find((a) => a.reference!.startsWith('Practitioner/'))!;
    const locationRef = participants.find((a) => a.reference!.startsWith('Location/'))!;

    const practitioner = await follow<Practitioner>(practitionerRef.reference!, practiceAdmin);
    expect(practitioner.status).toBe(200);
    expect(practitioner.headers.get('content-type')).toBe('application/fhir+json; charset=utf-8');
    expect(practitioner.body).toMatchObject({ resourceType: 'Practitioner', id: therapist.therapist!.id, active: true });
    expect(practitioner.body.name?.[0]?.text).toBe(practitionerRef.display);

    const location = await follow<Location>(locationRef.reference!);
    expect(location.status).toBe(200);
    expect(location.body).toMatchObject({ resourceType: 'Location', id: clinicId, status: 'active' });
    expect(location.body.name).toBe(locationRef.display);
  });

  it("resolves a CarePlan's author", async () => {
    const search = await call<Bundle<CarePlan>>(searchCarePlans, {
      path: `/api/fhir/CarePlan?patient=${patientId}`,
      as: therapist,
    });
    const author = search.body.entry![0]!.resource!.author!;
    const res = await follow<Practitioner>(author.reference!, therapist);
    expect(res.status).toBe(200);
    expect(res.body.id).toBe(therapist.therapist!.id);
  });
});

describe('GET /api/fhir/Practitioner/:id', () => {
  it('tells any signed-in user name, credentials and the clinic phone, and nothing private', async () => {
    const res = await call<Practitioner>(readPractitioner, {
      path: '/api/fhir/Practitioner/x',
      as: otherPatient,
      params: { id: therapist.therapist!.id },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      name: [{ family: 'Chen', given: ['Maya'] }],
      qualification: [{ code: { text: 'PT' } }, { code: { text: 'DPT' } }, { code: { text: 'OCS' } }],
      telecom: [{ system: 'phone', value: '(212) 555-0142', use: 'work' }],
    });
    const text = JSON.stringify(res.body);
    expect(text).not.toContain('maya.chen@example.test');
    expect(text).not.toMatch(/passwordHash|calendarToken|America\/New_York/);
    // Nothing about a patient was read, so nothing is added to anyone's access history.
    expect(await db().auditEvent.count({ where: { actorId: otherPatient.id } })).toBe(0);
  });

  it('shows a deactivated therapist as inactive', async () => {
    const leaver = await createTherapist(db(), { practiceId: (await createPractice(db())).id, name: 'Sam Gone' });
    await db().user.update({ where: { id: leaver.id }, data: { active: false } });
    const res = await call<Practitioner>(readPractitioner, {
      path: '/api/fhir/Practitioner/x',
      as: practiceAdmin,
      params: { id: leaver.therapist!.id },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ active: false, name: [{ text: 'Sam Gone' }] });
    expect(res.body.telecom).toBeUndefined();
  });

  it('answers no session 401, an unknown id 404, a patient id 404 and a malformed id 400, as OperationOutcomes', async () => {
    const anonymous = await call<OperationOutcome>(readPractitioner, {
      path: '/api/fhir/Practitioner/x',
      params: { id: therapist.therapist!.id },
    });
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.issue[0]?.code).toBe('login');
    for (const id of ['cm0000000000000000000000', patientId]) {
      const missing = await call<OperationOutcome>(readPractitioner, {
        path: `/api/fhir/Practitioner/${id}`,
        as: practiceAdmin,
        params: { id },
      });
      expect(missing.status).toBe(404);
      expect(missing.body).toMatchObject({ resourceType: 'OperationOutcome', issue: [{ code: 'not-found' }] });
    }
    const bad = await call<OperationOutcome>(readPractitioner, {
      path: '/api/fhir/Practitioner/x',
      as: practiceAdmin,
      params: { id: 'a b/c' },
    });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ resourceType: 'OperationOutcome', issue: [{ code: 'invalid' }] });
  });
});

describe('GET /api/fhir/Location/:id', () => {
  it('is public: address, phone, position, the practice and the opening hours', async () => {
    const res = await call<Location>(readLocation, { path: `/api/fhir/Location/${clinicId}`, params: { id: clinicId } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/fhir+json; charset=utf-8');
    expect(res.body).toMatchObject({
      resourceType: 'Location',
      id: clinicId,
      status: 'active',
      name: 'Harbor PT — Chelsea',
      mode: 'instance',
      address: { line: ['236 W 27th St', 'Suite 400'], city: 'New York', state: 'NY', postalCode: '10001', country: 'US' },
      telecom: [{ system: 'phone', value: '(212) 555-0142', use: 'work' }],
      position: { latitude: 40.7472, longitude: -73.9945 },
      managingOrganization: { display: 'Harbor PT' },
      hoursOfOperation: [
        { daysOfWeek: ['mon', 'tue', 'wed', 'thu', 'fri'], openingTime: '07:00:00', closingTime: '19:00:00' },
        { daysOfWeek: ['sat'], openingTime: '08:00:00', closingTime: '12:00:00' },
      ],
    });
  });

  it('keeps a closed clinic readable as inactive, without phone or hours', async () => {
    const res = await call<Location>(readLocation, {
      path: `/api/fhir/Location/${closedClinicId}`,
      params: { id: closedClinicId },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: closedClinicId, status: 'inactive', description: 'Closed since 2026-01-15.' });
    expect(res.body.telecom).toBeUndefined();
    expect(res.body.hoursOfOperation).toBeUndefined();
  });

  it('answers an unknown id 404 and a malformed id 400, as OperationOutcomes', async () => {
    const missing = await call<OperationOutcome>(readLocation, {
      path: '/api/fhir/Location/cm0',
      params: { id: 'cm0000000000000000000000' },
    });
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({
      resourceType: 'OperationOutcome',
      issue: [{ code: 'not-found', diagnostics: 'Location not found.' }],
    });
    const bad = await call<OperationOutcome>(readLocation, { path: '/api/fhir/Location/x', params: { id: 'x'.repeat(65) } });
    expect(bad.status).toBe(400);
    expect(bad.body.issue[0]?.code).toBe('invalid');
  });
});
