import { beforeAll, describe, expect, it } from 'vitest';
import type { Appointment, Bundle, CarePlan, Observation, OperationOutcome, Patient } from '@medplum/fhirtypes';
import { db } from '@/lib/db';
import type { Endpoint } from '@/lib/http';
import {
  createAdmin,
  createAppointment,
  createClinic,
  createExercise,
  createExercisePlan,
  createPatient,
  createPractice,
  createSleepCheckIn,
  createTherapist,
  createVisitType,
} from '@/prisma/factories';
import { call, type Caller } from '@/tests/support/http';
import { GET as readPatient } from './Patient/[id]/route';
import { GET as searchAppointments } from './Appointment/route';
import { GET as searchCarePlans } from './CarePlan/route';
import { GET as metadata } from './metadata/route';
import { GET as readAppointment } from './Appointment/[id]/route';
import { GET as readCarePlan } from './CarePlan/[id]/route';
import { GET as searchObservations } from './Observation/route';
import { GET as readObservation } from './Observation/[id]/route';

let patientUser: Caller;
let patientId: string;
let otherPatient: Caller;
let therapist: Caller & { therapist: { id: string } | null };
let colleagueWithoutPatient: Caller;
let otherPracticeTherapist: Caller & { therapist: { id: string } | null };
let practiceAdmin: Caller;
let strangerAdmin: Caller;
let networkAdmin: Caller;
let clinicId: string;
const ids: Record<string, string> = {};

beforeAll(async () => {
  const harbor = await createPractice(db(), { name: 'Harbor PT' });
  const prairie = await createPractice(db(), { name: 'Prairie Motion' });
  const elsewhere = await createPractice(db());
  const clinic = await createClinic(db(), harbor.id, { name: 'Harbor PT — Chelsea' });
  clinicId = clinic.id;
  therapist = await createTherapist(db(), { practiceId: harbor.id, clinicId: clinic.id, name: 'Maya Chen' });
  colleagueWithoutPatient = await createTherapist(db(), { practiceId: harbor.id, clinicId: clinic.id });
  otherPracticeTherapist = await createTherapist(db(), { practiceId: prairie.id, offersVirtual: true, name: 'Luis Herrera' });
  practiceAdmin = await createAdmin(db(), { practiceId: harbor.id });
  strangerAdmin = await createAdmin(db(), { practiceId: elsewhere.id });
  networkAdmin = await createAdmin(db());
  const p = await createPatient(db(), { name: 'Jordan Miller', dateOfBirth: '1984-06-15', phone: '(212) 555-0101' });
  patientUser = p;
  patientId = p.patient!.id;
  otherPatient = await createPatient(db());
  const inClinic = await createVisitType(db(), { name: 'Initial evaluation', durationMinutes: 60, modality: 'IN_CLINIC' });
  const video = await createVisitType(db(), { name: 'Video follow-up', durationMinutes: 30, modality: 'VIRTUAL' });
  ids.done = (
    await createAppointment(db(), {
      patientId,
      therapistId: therapist.therapist!.id,
      visitTypeId: inClinic.id,
      startsAt: new Date('2026-03-02T14:00:00Z'),
      status: 'COMPLETED',
    })
  ).id;
  ids.booked = (
    await createAppointment(db(), {
      patientId,
      therapistId: therapist.therapist!.id,
      visitTypeId: video.id,
      startsAt: new Date('2026-03-09T15:00:00Z'),
      status: 'BOOKED',
    })
  ).id;
  ids.prairie = (
    await createAppointment(db(), {
      patientId,
      therapistId: otherPracticeTherapist.therapist!.id,
      visitTypeId: video.id,
      startsAt: new Date('2026-03-04T15:00:00Z'),
      status: 'NO_SHOW',
    })
  ).id;
  const birdDog = await createExercise(db(), { name: 'Bird dog', sets: 1, reps: 10, holdSeconds: 5 });
  const plan = await createExercisePlan(db(), {
    patientId,
    therapistId: therapist.therapist!.id,
    title: 'Low back program',
    versions: [
      {
        startsOn: '2026-03-02',
        endsOn: '2026-05-01',
        items: [{ exerciseId: birdDog.id, sets: 1, reps: 10, holdSeconds: 5, timesPerDay: 2, daysPerWeek: 5 }],
      },
    ],
  });
  ids.plan = plan.id;
  ids.night1 = (
    await createSleepCheckIn(db(), patientId, { checkedOn: '2026-03-09', painLyingDown: 7, timesWoken: 3, hoursSlept: 5 })
  ).id;
  ids.night2 = (
    await createSleepCheckIn(db(), patientId, { checkedOn: '2026-03-10', painLyingDown: 4, timesWoken: 1, hoursSlept: 6.5 })
  ).id;
});

const fhirGet = <T>(handler: Endpoint, path: string, as?: Caller, params?: Record<string, string>) =>
  call<T>(handler, { path, as, params });

describe('GET /api/fhir/Patient/:id', () => {
  it('returns a FHIR Patient as application/fhir+json and records the read', async () => {
    const res = await fhirGet<Patient>(readPatient, `/api/fhir/Patient/${patientId}`, therapist, { id: patientId });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/fhir+json; charset=utf-8');
    expect(res.body).toMatchObject({
      resourceType: 'Patient',
      id: patientId,
      birthDate: '1984-06-15',
      active: true,
      name: [{ family: 'Miller', given: ['Jordan'], text: 'Jordan Miller' }],
    });
    expect(res.body.telecom).toContainEqual({ system: 'phone', value: '(212) 555-0101', use: 'mobile' });
    expect(res.body).not.toHaveProperty('passwordHash');
    const audit = await db().auditEvent.findMany({ where: { actorId: therapist.id, action: 'fhir.read', patientId } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ entityType: 'Patient', entityId: patientId });
  });

  it('lets the patient, a practice admin that reaches them and a network admin read it', async () => {
    for (const who of [patientUser, practiceAdmin, networkAdmin]) {
      const res = await fhirGet<Patient>(readPatient, `/api/fhir/Patient/${patientId}`, who, { id: patientId });
      expect(res.status).toBe(200);
      expect(res.body.id).toBe(patientId);
    }
  });

  it("answers another therapist's, another patient's or an outside admin's read with a 404 OperationOutcome and no audit row", async () => {
    for (const who of [colleagueWithoutPatient, otherPatient, strangerAdmin]) {
      const res = await fhirGet<OperationOutcome>(readPatient, `/api/fhir/Patient/${patientId}`, who, { id: patientId });
      expect(res.status).toBe(404);
      expect(res.headers.get('content-type')).toContain('application/fhir+json');
      expect(res.body).toMatchObject({ resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'not-found' }] });
      expect(await db().auditEvent.count({ where: { actorId: who.id, action: 'fhir.read' } })).toBe(0);
    }
  });

  it('answers an unknown id 404, a malformed id 400 and no session 401, all as OperationOutcome', async () => {
    const unknown = await fhirGet<OperationOutcome>(readPatient, '/api/fhir/Patient/cm0000000000000000000000', networkAdmin, {
      id: 'cm0000000000000000000000',
    });
    expect(unknown.status).toBe(404);
    expect(unknown.body.issue[0]?.code).toBe('not-found');
    const bad = await fhirGet<OperationOutcome>(readPatient, '/api/fhir/Patient/x', networkAdmin, { id: 'not/a fhir id' });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ resourceType: 'OperationOutcome', issue: [{ code: 'invalid' }] });
    const anonymous = await fhirGet<OperationOutcome>(readPatient, `/api/fhir/Patient/${patientId}`, undefined, {
      id: patientId,
    });
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.issue[0]?.code).toBe('login');
  });
});

describe('GET /api/fhir/Appointment?patient=', () => {
  it("is a searchset Bundle of the therapist's practice's appointments, referencing Patient, Practitioner and Location", async () => {
    const res = await fhirGet<Bundle<Appointment>>(searchAppointments, `/api/fhir/Appointment?patient=${patientId}`, therapist);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ resourceType: 'Bundle', type: 'searchset', total: 2 });
    const [done, booked] = res.body.entry!;
    expect(done!.fullUrl).toMatch(new RegExp(`^https?://[^/]+/api/fhir/Appointment/${ids.done}$`));
    expect(done!.search).toEqual({ mode: 'match' });
    expect(done!.resource).toMatchObject({
      resourceType: 'Appointment',
      id: ids.done,
      status: 'fulfilled',
      start: '2026-03-02T14:00:00.000Z',
      end: '2026-03-02T15:00:00.000Z',
      appointmentType: { text: 'Initial evaluation' },
    });
    expect(done!.resource!.participant.map((p) => p.actor?.reference)).toEqual([
      `Patient/${patientId}`,
      `Practitioner/${therapist.therapist!.id}`,
      `Location/${clinicId}`,
    ]);
    expect(booked!.resource).toMatchObject({ id: ids.booked, status: 'booked', start: '2026-03-09T15:00:00.000Z' });
    expect(booked!.resource!.participant).toHaveLength(2);
    expect(
      await db().auditEvent.count({
        where: { actorId: therapist.id, action: 'fhir.read', entityType: 'Appointment', patientId },
      }),
    ).toBe(1);
  });

  it('shows the patient (and a network admin) every appointment, across practices', async () => {
    for (const who of [patientUser, networkAdmin]) {
      const res = await fhirGet<Bundle<Appointment>>(
        searchAppointments,
        `/api/fhir/Appointment?patient=Patient/${patientId}`,
        who,
      );
      expect(res.body.total).toBe(3);
      expect(res.body.entry!.map((e) => e.resource!.status)).toEqual(['fulfilled', 'noshow', 'booked']);
    }
  });

  it('requires the patient parameter (400) and hides patients the caller does not treat (404)', async () => {
    const missing = await fhirGet<OperationOutcome>(searchAppointments, '/api/fhir/Appointment', therapist);
    expect(missing.status).toBe(400);
    expect(missing.body.resourceType).toBe('OperationOutcome');
    const notMine = await fhirGet<OperationOutcome>(
      searchAppointments,
      `/api/fhir/Appointment?patient=${patientId}`,
      colleagueWithoutPatient,
    );
    expect(notMine.status).toBe(404);
    expect(notMine.body.resourceType).toBe('OperationOutcome');
  });
});

describe('GET /api/fhir/CarePlan?patient=', () => {
  it('returns the exercise plan as an active CarePlan with its exercises and dosage', async () => {
    const res = await fhirGet<Bundle<CarePlan>>(searchCarePlans, `/api/fhir/CarePlan?patient=${patientId}`, therapist);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ resourceType: 'Bundle', type: 'searchset', total: 1 });
    expect(res.body.entry![0]!.fullUrl).toMatch(new RegExp(`/api/fhir/CarePlan/${ids.plan}$`));
    expect(res.body.entry![0]!.resource).toMatchObject({
      resourceType: 'CarePlan',
      id: ids.plan,
      status: 'active',
      intent: 'plan',
      title: 'Low back program',
      subject: { reference: `Patient/${patientId}` },
      author: { reference: `Practitioner/${therapist.therapist!.id}` },
      period: { start: '2026-03-02', end: '2026-05-01' },
      activity: [{ detail: { status: 'in-progress', description: 'Bird dog: 10 reps, hold 5 s · twice a day · 5 days a week' } }],
    });
  });

  it("shows a therapist of another practice none of this practice's plans, and a stranger nothing", async () => {
    const prairie = await fhirGet<Bundle<CarePlan>>(
      searchCarePlans,
      `/api/fhir/CarePlan?patient=${patientId}`,
      otherPracticeTherapist,
    );
    expect(prairie.status).toBe(200);
    expect(prairie.body.total).toBe(0);
    const stranger = await fhirGet<OperationOutcome>(
      searchCarePlans,
      `/api/fhir/CarePlan?patient=${patientId}`,
      colleagueWithoutPatient,
    );
    expect(stranger.status).toBe(404);
  });
});

describe('GET /api/fhir/metadata', () => {
  it('describes exactly what this server answers, without a session', async () => {
    const res = await call(metadata, { path: '/api/fhir/metadata' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/fhir+json; charset=utf-8');
    expect(res.body).toMatchObject({ resourceType: 'CapabilityStatement', fhirVersion: '4.0.1', kind: 'instance' });
    expect(
      res.body.rest[0].resource.map((r: { type: string; interaction: { code: string }[] }) => [
        r.type,
        r.interaction.map((i) => i.code).join(' '),
      ]),
    ).toEqual([
      ['Patient', 'read'],
      ['Appointment', 'read search-type'],
      ['CarePlan', 'read search-type'],
      ['Observation', 'read search-type'],
      ['Practitioner', 'read'],
      ['Location', 'read'],
    ]);
  });
});

describe("GET /api/fhir/Appointment/:id and /api/fhir/CarePlan/:id (the Bundles' fullUrls)", () => {
  const searches = [
    { search: searchAppointments, read: readAppointment, type: 'Appointment' },
    { search: searchCarePlans, read: readCarePlan, type: 'CarePlan' },
  ] as const;
  /** Reads a fullUrl as its route: the id is the last path segment. */
  const resolve = (read: Endpoint, fullUrl: string, as?: Caller) => {
    const path = new URL(fullUrl).pathname;
    return fhirGet<Appointment | CarePlan | OperationOutcome>(read, path, as, { id: path.split('/').at(-1)! });
  };

  it('every fullUrl in a search Bundle resolves (200) for the one who searched, to the same resource', async () => {
    for (const reader of [patientUser, therapist, practiceAdmin, networkAdmin, otherPracticeTherapist]) {
      for (const { search, read, type } of searches) {
        const bundle = await fhirGet<Bundle>(search, `/api/fhir/${type}?patient=${patientId}`, reader);
        expect(bundle.status).toBe(200);
        for (const entry of bundle.body.entry ?? []) {
          const res = await resolve(read, entry.fullUrl!, reader);
          expect(res.status, `${type} ${entry.fullUrl}`).toBe(200);
          expect(res.headers.get('content-type')).toBe('application/fhir+json; charset=utf-8');
          expect(res.body).toEqual(entry.resource);
        }
      }
    }
    expect(
      await db().auditEvent.count({
        where: { actorId: therapist.id, action: 'fhir.read', entityType: 'Appointment', entityId: ids.booked },
      }),
    ).toBe(1);
  });

  it('is 404 (OperationOutcome, no audit row) for anyone the search would not show it to, and for an unknown id', async () => {
    const all = await fhirGet<Bundle>(searchAppointments, `/api/fhir/Appointment?patient=${patientId}`, networkAdmin);
    const plans = await fhirGet<Bundle>(searchCarePlans, `/api/fhir/CarePlan?patient=${patientId}`, networkAdmin);
    const urls = [...all.body.entry!, ...plans.body.entry!].map((e) => e.fullUrl!);
    expect(urls).toHaveLength(4);
    const readerOf = (url: string) => (url.includes('/Appointment/') ? readAppointment : readCarePlan);
    for (const outsider of [otherPatient, colleagueWithoutPatient, strangerAdmin]) {
      const before = await db().auditEvent.count({ where: { actorId: outsider.id, action: 'fhir.read' } });
      for (const url of urls) {
        const res = await resolve(readerOf(url), url, outsider);
        expect(res.status, url).toBe(404);
        expect(res.body).toMatchObject({ resourceType: 'OperationOutcome', issue: [{ code: 'not-found' }] });
      }
      expect(await db().auditEvent.count({ where: { actorId: outsider.id, action: 'fhir.read' } })).toBe(before);
    }
    // Another practice's therapist treats the patient, yet reads only their own practice's visit.
    expect((await resolve(readAppointment, `http://x/api/fhir/Appointment/${ids.done}`, otherPracticeTherapist)).status).toBe(
      404,
    );
    expect((await resolve(readAppointment, `http://x/api/fhir/Appointment/${ids.prairie}`, otherPracticeTherapist)).status).toBe(
      200,
    );
    expect((await resolve(readCarePlan, `http://x/api/fhir/CarePlan/${ids.plan}`, otherPracticeTherapist)).status).toBe(404);
    expect((await resolve(readAppointment, 'http://x/api/fhir/Appointment/unknown-id', networkAdmin)).status).toBe(404);
    expect((await resolve(readCarePlan, `http://x/api/fhir/CarePlan/${ids.booked}`, networkAdmin)).status).toBe(404);
    expect((await resolve(readAppointment, `http://x/api/fhir/Appointment/${ids.done}`)).status).toBe(401);
  });
});

describe('GET /api/fhir/Observation?patient= (sleep check-ins)', () => {
  it('answers each night as three survey Observations with LOINC codes where they exist and UCUM units, newest first', async () => {
    const res = await fhirGet<Bundle<Observation>>(searchObservations, `/api/fhir/Observation?patient=${patientId}`, therapist);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/fhir+json; charset=utf-8');
    expect(res.body).toMatchObject({ resourceType: 'Bundle', type: 'searchset', total: 6 });
    const obs = res.body.entry!.map((e) => e.resource!);
    expect(obs.map((o) => [o.effectiveDateTime, o.code.coding![0]!.code, o.valueQuantity!.value, o.valueQuantity!.code])).toEqual(
      [
        ['2026-03-10', '72514-3', 4, '{score}'],
        ['2026-03-10', 'times-woken', 1, '{count}'],
        ['2026-03-10', '93832-4', 6.5, 'h'],
        ['2026-03-09', '72514-3', 7, '{score}'],
        ['2026-03-09', 'times-woken', 3, '{count}'],
        ['2026-03-09', '93832-4', 5, 'h'],
      ],
    );
    for (const o of obs) {
      expect(o).toMatchObject({
        status: 'final',
        category: [{ coding: [{ code: 'survey' }] }],
        subject: { reference: `Patient/${patientId}` },
        valueQuantity: { system: 'http://unitsofmeasure.org' },
      });
    }
    expect(res.body.entry![0]!.fullUrl).toMatch(new RegExp(`/api/fhir/Observation/${ids.night2}-pain-lying-down$`));
    const audit = await db().auditEvent.findFirstOrThrow({
      where: { actorId: therapist.id, action: 'fhir.read', entityType: 'Observation', patientId },
    });
    expect((audit.data as { ids: string[] }).ids).toHaveLength(6);
  });

  it("resolves the fullUrls for the same readers, across practices (sleep is the patient's own record)", async () => {
    const id = `${ids.night1}-hours-slept`;
    for (const who of [patientUser, therapist, otherPracticeTherapist, practiceAdmin, networkAdmin]) {
      const res = await fhirGet<Observation>(readObservation, `/api/fhir/Observation/${id}`, who, { id });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ id, valueQuantity: { value: 5, unit: 'h' } });
      expect(res.body.code.coding![0]!.code).toBe('93832-4');
    }
  });

  it('hides them from anyone who may not read the patient, and unknown ids, with a 404 OperationOutcome', async () => {
    for (const who of [colleagueWithoutPatient, otherPatient, strangerAdmin]) {
      const search = await fhirGet<OperationOutcome>(searchObservations, `/api/fhir/Observation?patient=${patientId}`, who);
      expect(search.status).toBe(404);
      const id = `${ids.night1}-pain-lying-down`;
      const read = await fhirGet<OperationOutcome>(readObservation, `/api/fhir/Observation/${id}`, who, { id });
      expect(read.status).toBe(404);
      expect(read.body).toMatchObject({ resourceType: 'OperationOutcome', issue: [{ code: 'not-found' }] });
    }
    for (const id of [`${ids.night1}-naps`, ids.night1!, 'cm0000000000000000000000-hours-slept']) {
      expect((await fhirGet<OperationOutcome>(readObservation, `/api/fhir/Observation/${id}`, networkAdmin, { id })).status).toBe(
        404,
      );
    }
    expect((await fhirGet<OperationOutcome>(searchObservations, '/api/fhir/Observation', therapist)).status).toBe(400);
  });
});
