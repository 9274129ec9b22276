// Our patient record as a FHIR R4 Patient. Pure: the loader reads the rows, this shapes them.
import type { Patient } from '@medplum/fhirtypes';
import { dateOnly } from '../plans/calendar';

export interface PatientRecord {
  id: string;
  dateOfBirth: Date;
  phone: string | null;
  user: { name: string; email: string; active: boolean; updatedAt: Date };
}

/** "Jordan A. Miller" → family "Miller", given ["Jordan", "A."]; one word is the family name. */
export function splitName(full: string): { family: string; given: string[] } {
  const words = full.trim().split(/\s+/).filter(Boolean);
  const family = words.pop() ?? '';
  return { family, given: words };
}

export function toFhirPatient(p: PatientRecord): Patient {
  const { family, given } = splitName(p.user.name);
  return {
    resourceType: 'Patient',
    id: p.id,
    meta: { lastUpdated: p.user.updatedAt.toISOString() },
    active: p.user.active,
    name: [{ use: 'official', text: p.user.name, family, ...(given.length ? { given } : {}) }],
    telecom: [
      { system: 'email', value: p.user.email, use: 'home' },
      ...(p.phone ? [{ system: 'phone' as const, value: p.phone, use: 'mobile' as const }] : []),
    ],
    birthDate: dateOnly(p.dateOfBirth),
  };
}
