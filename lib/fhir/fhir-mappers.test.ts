import { describe, expect, it } from 'vitest';
import { toFhirPatient, splitName } from './fhir-patient';
import { toFhirAppointment, type AppointmentRecord } from './fhir-appointment';
import { toFhirCarePlan, type CarePlanRecord } from './fhir-care-plan';
import { operationOutcome, searchsetBundle } from './fhir-bundle';
import { patientSearchQuery } from './schemas';

const person = (id: string, name: string) => ({ id, user: { name } });

const appointment: AppointmentRecord = {
  id: 'cmappt1',
  status: 'BOOKED',
  modality: 'IN_CLINIC',
  startsAt: new Date('2026-03-09T14:00:00Z'),
  endsAt: new Date('2026-03-09T14:45:00Z'),
  createdAt: new Date('2026-03-01T10:00:00Z'),
  updatedAt: new Date('2026-03-02T10:00:00Z'),
  cancelReason: null,
  patient: person('cmpat1', 'Jordan Miller'),
  therapist: person('cmther1', 'Maya Chen'),
  visitType: { slug: 'follow-up', name: 'Follow-up visit' },
  clinic: { id: 'cmclinic1', name: 'Harbor PT — Chelsea' },
};

describe('toFhirPatient', () => {
  it('writes name, contact and birth date as FHIR expects', () => {
    const p = toFhirPatient({
      id: 'cmpat1',
      dateOfBirth: new Date('1984-06-15T00:00:00Z'),
      phone: '(212) 555-0101',
      user: {
        name: 'Jordan  A. Miller',
        email: 'jordan@example.test',
        active: true,
        updatedAt: new Date('2026-01-02T03:04:05Z'),
      },
    });
    expect(p).toEqual({
      resourceType: 'Patient',
      id: 'cmpat1',
      meta: { lastUpdated: '2026-01-02T03:04:05.000Z' },
      active: true,
      name: [{ use: 'official', text: 'Jordan  A. Miller', family: 'Miller', given: ['Jordan', 'A.'] }],
      telecom: [
        { system: 'email', value: 'jordan@example.test', use: 'home' },
        { system: 'phone', value: '(212) 555-0101', use: 'mobile' },
      ],
      birthDate: '1984-06-15',
    });
  });

  it('leaves out a missing phone and given names it does not have', () => {
    expect(splitName('Cher')).toEqual({ family: 'Cher', given: [] });
    const p = toFhirPatient({
      id: 'x',
      dateOfBirth: new Date('2000-01-01T00:00:00Z'),
      phone: null,
      user: { name: 'Cher', email: 'c@example.test', active: false, updatedAt: new Date(0) },
    });
    expect(p.telecom).toHaveLength(1);
    expect(p.name?.[0]).toEqual({ use: 'official', text: 'Cher', family: 'Cher' });
    expect(p.active).toBe(false);
  });
});

describe('toFhirAppointment', () => {
  it('maps every status to the FHIR one', () => {
    const expected = {
      HELD: 'pending',
      BOOKED: 'booked',
      COMPLETED: 'fulfilled',
      NO_SHOW: 'noshow',
      CANCELLED: 'cancelled',
    } as const;
    for (const [ours, fhir] of Object.entries(expected)) {
      expect(toFhirAppointment({ ...appointment, status: ours as keyof typeof expected }).status).toBe(fhir);
    }
  });

  it('references patient, practitioner and the clinic, with instants in UTC', () => {
    const a = toFhirAppointment(appointment);
    expect(a).toMatchObject({
      resourceType: 'Appointment',
      id: 'cmappt1',
      start: '2026-03-09T14:00:00.000Z',
      end: '2026-03-09T14:45:00.000Z',
      minutesDuration: 45,
      appointmentType: { text: 'Follow-up visit', coding: [{ code: 'follow-up', display: 'Follow-up visit' }] },
    });
    expect(a.serviceType?.[0]?.text).toBe('Physical therapy (in clinic)');
    expect(a.participant.map((p) => p.actor?.reference)).toEqual([
      'Patient/cmpat1',
      'Practitioner/cmther1',
      'Location/cmclinic1',
    ]);
    expect(a.participant.every((p) => p.status === 'accepted')).toBe(true);
    expect(a.cancelationReason).toBeUndefined();
  });

  it('has no Location for a video visit; a held slot awaits the patient; a cancellation keeps its reason', () => {
    const video = toFhirAppointment({ ...appointment, modality: 'VIRTUAL', clinic: null, status: 'HELD' });
    expect(video.participant.map((p) => p.actor?.reference)).toEqual(['Patient/cmpat1', 'Practitioner/cmther1']);
    expect(video.participant[0]?.status).toBe('needs-action');
    expect(video.serviceType?.[0]?.text).toBe('Physical therapy (video visit)');
    const cancelled = toFhirAppointment({ ...appointment, status: 'CANCELLED', cancelReason: 'Feeling better' });
    expect(cancelled.cancelationReason).toEqual({ text: 'Feeling better' });
  });
});

describe('toFhirCarePlan', () => {
  const item = (slug: string, name: string, extra: Partial<CarePlanRecord['versions'][number]['items'][number]> = {}) => ({
    sets: 2,
    reps: 10,
    holdSeconds: null,
    minutes: null,
    timesPerDay: 1,
    daysPerWeek: 7,
    notes: '',
    exercise: { slug, name },
    ...extra,
  });
  const plan: CarePlanRecord = {
    id: 'cmplan1',
    title: 'Low back program',
    createdAt: new Date('2026-02-01T15:00:00Z'),
    endedAt: null,
    patient: person('cmpat1', 'Jordan Miller'),
    therapist: person('cmther1', 'Maya Chen'),
    versions: [
      {
        version: 2,
        startsOn: new Date('2026-02-01T00:00:00Z'),
        endsOn: new Date('2026-04-30T00:00:00Z'),
        notes: 'Progressed',
        createdAt: new Date('2026-02-15T15:00:00Z'),
        items: [
          item('bird-dog', 'Bird dog', { sets: 1, holdSeconds: 5, timesPerDay: 2, daysPerWeek: 5 }),
          item('bridge', 'Bridge', { notes: 'Slowly' }),
        ],
      },
      {
        version: 1,
        startsOn: new Date('2026-02-01T00:00:00Z'),
        endsOn: null,
        notes: '',
        createdAt: new Date('2026-02-01T15:00:00Z'),
        items: [item('pelvic-tilt', 'Pelvic tilt')],
      },
    ],
  };

  it("is an active plan for its subject, with the current version's exercises and dosage", () => {
    const c = toFhirCarePlan(plan);
    expect(c).toMatchObject({
      resourceType: 'CarePlan',
      id: 'cmplan1',
      status: 'active',
      intent: 'plan',
      title: 'Low back program',
      subject: { reference: 'Patient/cmpat1' },
      author: { reference: 'Practitioner/cmther1' },
      period: { start: '2026-02-01', end: '2026-04-30' },
      meta: { versionId: '2' },
      description: 'Progressed',
    });
    expect(c.activity?.map((a) => a.detail?.description)).toEqual([
      'Bird dog: 10 reps, hold 5 s · twice a day · 5 days a week',
      'Bridge: 2 sets of 10 · once a day · every day. Slowly',
    ]);
    expect(c.activity?.[0]?.detail).toMatchObject({
      status: 'in-progress',
      scheduledString: '10 reps, hold 5 s · twice a day · 5 days a week',
      code: { text: 'Bird dog' },
    });
  });

  it('is completed once the plan ended, and ends on the day it ended when the version had no end date', () => {
    const ended = toFhirCarePlan({
      ...plan,
      endedAt: new Date('2026-03-10T12:00:00Z'),
      versions: [{ ...plan.versions[0]!, endsOn: null }],
    });
    expect(ended.status).toBe('completed');
    expect(ended.period).toEqual({ start: '2026-02-01', end: '2026-03-10' });
    expect(ended.activity?.every((a) => a.detail?.status === 'completed')).toBe(true);
  });
});

describe('searchsetBundle and operationOutcome', () => {
  it('wraps results in a searchset with a total, full URLs and match mode', () => {
    const a = toFhirAppointment(appointment);
    const bundle = searchsetBundle(
      [a],
      'https://ehr.example/api/fhir',
      'https://ehr.example/api/fhir/Appointment?patient=cmpat1',
    );
    expect(bundle).toEqual({
      resourceType: 'Bundle',
      type: 'searchset',
      total: 1,
      link: [{ relation: 'self', url: 'https://ehr.example/api/fhir/Appointment?patient=cmpat1' }],
      entry: [{ fullUrl: 'https://ehr.example/api/fhir/Appointment/cmappt1', resource: a, search: { mode: 'match' } }],
    });
    expect(searchsetBundle([], 'b', 's')).toMatchObject({ total: 0, entry: [] });
  });

  it('turns our error codes into FHIR issue codes', () => {
    expect(operationOutcome('NOT_FOUND', 'Patient not found.')).toEqual({
      resourceType: 'OperationOutcome',
      issue: [
        { severity: 'error', code: 'not-found', diagnostics: 'Patient not found.', details: { text: 'Patient not found.' } },
      ],
    });
    expect(operationOutcome('VALIDATION_FAILED', 'x').issue[0]?.code).toBe('invalid');
    expect(operationOutcome('INTERNAL', 'x').issue[0]?.code).toBe('exception');
  });
});

describe('patientSearchQuery', () => {
  it('takes a bare id or a Patient reference, and refuses what is not a FHIR id', () => {
    expect(patientSearchQuery.parse({ patient: 'cm123' })).toEqual({ patient: 'cm123' });
    expect(patientSearchQuery.parse({ patient: 'Patient/cm123' })).toEqual({ patient: 'cm123' });
    expect(patientSearchQuery.safeParse({}).success).toBe(false);
    expect(patientSearchQuery.safeParse({ patient: 'a b' }).success).toBe(false);
    expect(patientSearchQuery.safeParse({ patient: 'x'.repeat(65) }).success).toBe(false);
    expect(patientSearchQuery.safeParse({ patient: ['a', 'b'] }).success).toBe(false);
  });
});
