// A therapist as a FHIR R4 Practitioner, for whoever follows an Appointment's or CarePlan's
// `Practitioner/<id>`. Pure. It carries what a referring physician needs to know who treats their
// patient and how to reach them: name, whether they still practise here, their credentials, and
// the front-desk phone of their home clinic (public on the clinic page). Left out on purpose: the
// sign-in email (an account identifier, not a clinical contact channel), bio, schedule, time zone.
import type { Practitioner, PractitionerQualification } from '@medplum/fhirtypes';
import { splitName } from './fhir-patient';

export interface PractitionerRecord {
  id: string;
  credentials: string;
  user: { name: string; active: boolean; updatedAt: Date };
  /** Home clinic; null for a virtual-only therapist. */
  clinic: { phone: string; active: boolean } | null;
}

/** "PT, DPT, OCS" → one qualification each, as written (we keep no issuer or code system). */
export function qualificationsOf(credentials: string): PractitionerQualification[] {
  return credentials
    .split(/[,;]/)
    .map((c) => c.trim())
    .filter(Boolean)
    .map((text) => ({ code: { text } }));
}

export function toFhirPractitioner(t: PractitionerRecord): Practitioner {
  const { family, given } = splitName(t.user.name);
  const qualification = qualificationsOf(t.credentials);
  return {
    resourceType: 'Practitioner',
    id: t.id,
    meta: { lastUpdated: t.user.updatedAt.toISOString() },
    active: t.user.active,
    name: [{ use: 'official', text: t.user.name, family, ...(given.length ? { given } : {}) }],
    ...(t.user.active && t.clinic?.active ? { telecom: [{ system: 'phone', value: t.clinic.phone, use: 'work' }] } : {}),
    ...(qualification.length ? { qualification } : {}),
  };
}
