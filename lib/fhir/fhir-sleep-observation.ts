// A sleep check-in (decision 024 part 5) as three FHIR R4 Observations, one per answer, as a
// patient-reported survey: pain when lying down, times woken by pain, hours slept. Pure.
// Codes: LOINC where one means the same thing (sleep duration 93832-4; pain severity 0–10
// 72514-3, with the R4 body-position extension saying "lying down"), always alongside our own
// code (SLEEP_CHECK_IN_SYSTEM), which is the only code for "times woken by pain" (LOINC has none).
import type { CodeableConcept, Coding, Extension, Observation, Quantity } from '@medplum/fhirtypes';
import { dateOnly } from '../plans/calendar';

/** Our code system for the check-in's questions (documented in decision 024). */
export const SLEEP_CHECK_IN_SYSTEM = 'urn:rehabit:sleep-check-in';
export const LOINC = 'http://loinc.org';
export const UCUM = 'http://unitsofmeasure.org';
export const BODY_POSITION_EXTENSION = 'http://hl7.org/fhir/StructureDefinition/observation-bodyPosition';

export const SLEEP_MEASURES = ['pain-lying-down', 'times-woken', 'hours-slept'] as const;
export type SleepMeasure = (typeof SLEEP_MEASURES)[number];

export interface SleepCheckInRecord {
  id: string;
  checkedOn: Date;
  painLyingDown: number;
  timesWoken: number;
  halfHoursSlept: number;
  loggedAt: Date;
  patient: { id: string; user: { name: string } };
}

const SURVEY: CodeableConcept = {
  coding: [{ system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: 'survey', display: 'Survey' }],
  text: 'Sleep check-in',
};

const LYING_DOWN: Extension = {
  url: BODY_POSITION_EXTENSION,
  valueCodeableConcept: {
    coding: [{ system: 'http://snomed.info/sct', code: '102538003', display: 'Recumbent body position (finding)' }],
    text: 'Lying down',
  },
};

const quantity = (value: number, unit: string, code: string): Quantity => ({ value, unit, system: UCUM, code });

const MEASURE: Record<
  SleepMeasure,
  { text: string; loinc?: Coding; value: (r: SleepCheckInRecord) => Quantity; extension?: Extension[] }
> = {
  'pain-lying-down': {
    text: 'Pain when lying down (0–10)',
    loinc: { system: LOINC, code: '72514-3', display: 'Pain severity - 0-10 verbal numeric rating [Score] - Reported' },
    value: (r) => quantity(r.painLyingDown, 'score', '{score}'),
    extension: [LYING_DOWN],
  },
  'times-woken': {
    text: 'Times woken by pain last night',
    value: (r) => quantity(r.timesWoken, 'times', '{count}'),
  },
  'hours-slept': {
    text: 'Hours slept last night',
    loinc: { system: LOINC, code: '93832-4', display: 'Sleep duration' },
    value: (r) => quantity(r.halfHoursSlept / 2, 'h', 'h'),
  },
};

/** The Observation id: the check-in's id and the measure (cuids have no dash, so it splits back). */
export const sleepObservationId = (checkInId: string, measure: SleepMeasure) => `${checkInId}-${measure}`;

export function parseSleepObservationId(id: string): { checkInId: string; measure: SleepMeasure } | null {
  const dash = id.indexOf('-');
  if (dash <= 0) return null;
  const measure = SLEEP_MEASURES.find((m) => m === id.slice(dash + 1));
  return measure ? { checkInId: id.slice(0, dash), measure } : null;
}

export function toFhirSleepObservation(r: SleepCheckInRecord, measure: SleepMeasure): Observation {
  const m = MEASURE[measure];
  const own: Coding = { system: SLEEP_CHECK_IN_SYSTEM, code: measure, display: m.text };
  const patient = { reference: `Patient/${r.patient.id}`, display: r.patient.user.name };
  return {
    resourceType: 'Observation',
    id: sleepObservationId(r.id, measure),
    meta: { lastUpdated: r.loggedAt.toISOString() },
    ...(m.extension ? { extension: m.extension } : {}),
    status: 'final',
    category: [SURVEY],
    code: { coding: m.loinc ? [m.loinc, own] : [own], text: m.text },
    subject: patient,
    // The morning the patient answered, about the night before (the patient's calendar date).
    effectiveDateTime: dateOnly(r.checkedOn),
    issued: r.loggedAt.toISOString(),
    performer: [patient],
    valueQuantity: m.value(r),
  };
}

/** All three, in a fixed order. */
export const toFhirSleepObservations = (r: SleepCheckInRecord): Observation[] =>
  SLEEP_MEASURES.map((m) => toFhirSleepObservation(r, m));
