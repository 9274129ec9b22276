import { describe, expect, it } from 'vitest';
import {
  BODY_POSITION_EXTENSION,
  parseSleepObservationId,
  SLEEP_CHECK_IN_SYSTEM,
  toFhirSleepObservations,
  type SleepCheckInRecord,
} from './fhir-sleep-observation';

const checkIn: SleepCheckInRecord = {
  id: 'cmsleep1',
  checkedOn: new Date('2026-03-10T00:00:00Z'),
  painLyingDown: 6,
  timesWoken: 2,
  halfHoursSlept: 11,
  loggedAt: new Date('2026-03-10T12:15:00Z'),
  patient: { id: 'cmpat1', user: { name: 'Jordan Miller' } },
};

describe('a sleep check-in as FHIR Observations', () => {
  const [pain, woken, slept] = toFhirSleepObservations(checkIn);

  it('is three final survey Observations about the patient, on the morning they answered', () => {
    for (const o of [pain, woken, slept]) {
      expect(o).toMatchObject({
        resourceType: 'Observation',
        status: 'final',
        category: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: 'survey' }] }],
        subject: { reference: 'Patient/cmpat1' },
        performer: [{ reference: 'Patient/cmpat1' }],
        effectiveDateTime: '2026-03-10',
        issued: '2026-03-10T12:15:00.000Z',
      });
    }
    expect([pain, woken, slept].map((o) => o!.id)).toEqual([
      'cmsleep1-pain-lying-down',
      'cmsleep1-times-woken',
      'cmsleep1-hours-slept',
    ]);
  });

  it('codes pain when lying down as LOINC 72514-3 (0–10) in a recumbent position, with our own code', () => {
    expect(pain!.code.coding).toEqual([
      { system: 'http://loinc.org', code: '72514-3', display: 'Pain severity - 0-10 verbal numeric rating [Score] - Reported' },
      { system: SLEEP_CHECK_IN_SYSTEM, code: 'pain-lying-down', display: 'Pain when lying down (0–10)' },
    ]);
    expect(pain!.valueQuantity).toEqual({ value: 6, unit: 'score', system: 'http://unitsofmeasure.org', code: '{score}' });
    expect(pain!.extension).toEqual([
      expect.objectContaining({
        url: BODY_POSITION_EXTENSION,
        valueCodeableConcept: expect.objectContaining({ coding: [expect.objectContaining({ code: '102538003' })] }),
      }),
    ]);
  });

  it('codes times woken with our code only (LOINC has none) and hours slept as LOINC 93832-4 in hours', () => {
    expect(woken!.code.coding).toEqual([expect.objectContaining({ system: SLEEP_CHECK_IN_SYSTEM, code: 'times-woken' })]);
    expect(woken!.valueQuantity).toMatchObject({ value: 2, system: 'http://unitsofmeasure.org', code: '{count}' });
    expect(slept!.code.coding![0]).toMatchObject({ system: 'http://loinc.org', code: '93832-4', display: 'Sleep duration' });
    expect(slept!.valueQuantity).toEqual({ value: 5.5, unit: 'h', system: 'http://unitsofmeasure.org', code: 'h' });
  });

  it('splits an Observation id back into the check-in and the measure, and refuses anything else', () => {
    expect(parseSleepObservationId('cmsleep1-hours-slept')).toEqual({ checkInId: 'cmsleep1', measure: 'hours-slept' });
    for (const bad of ['cmsleep1', 'cmsleep1-naps', '-hours-slept', 'cmsleep1-hours-slept-x']) {
      expect(parseSleepObservationId(bad), bad).toBeNull();
    }
  });
});
