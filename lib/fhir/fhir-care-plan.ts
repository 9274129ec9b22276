// An exercise plan as a FHIR R4 CarePlan. Pure. The activities are the current (newest)
// version's exercises, each with its dosage in words.
import type { CarePlan, CarePlanActivity } from '@medplum/fhirtypes';
import { dateOnly } from '../plans/calendar';
import { describeDosage, type Dosage } from '../plans/dosage';

export interface CarePlanRecord {
  id: string;
  title: string;
  createdAt: Date;
  endedAt: Date | null;
  patient: { id: string; user: { name: string } };
  therapist: { id: string; user: { name: string } };
  /** Newest first; the first is the current version. */
  versions: {
    version: number;
    startsOn: Date;
    endsOn: Date | null;
    notes: string;
    createdAt: Date;
    items: (Dosage & { notes: string; exercise: { slug: string; name: string } })[];
  }[];
}

export const EXERCISE_SYSTEM = 'urn:rehabit:exercise';

export function toFhirCarePlan(p: CarePlanRecord): CarePlan {
  const current = p.versions[0];
  if (!current) throw new Error(`plan ${p.id} has no version`);
  const first = p.versions.at(-1)!;
  const ended = p.endedAt !== null;
  const activity: CarePlanActivity[] = current.items.map((item) => {
    const dosage = describeDosage(item);
    return {
      detail: {
        code: {
          coding: [{ system: EXERCISE_SYSTEM, code: item.exercise.slug, display: item.exercise.name }],
          text: item.exercise.name,
        },
        status: ended ? 'completed' : 'in-progress',
        scheduledString: dosage,
        description: [`${item.exercise.name}: ${dosage}`, item.notes].filter(Boolean).join('. '),
      },
    };
  });
  const end = current.endsOn ?? p.endedAt;
  return {
    resourceType: 'CarePlan',
    id: p.id,
    meta: { versionId: String(current.version), lastUpdated: (p.endedAt ?? current.createdAt).toISOString() },
    status: ended ? 'completed' : 'active',
    intent: 'plan',
    category: [{ text: 'Home exercise program' }],
    title: p.title,
    ...(current.notes ? { description: current.notes } : {}),
    subject: { reference: `Patient/${p.patient.id}`, display: p.patient.user.name },
    period: { start: dateOnly(first.startsOn), ...(end ? { end: dateOnly(end) } : {}) },
    created: p.createdAt.toISOString(),
    author: { reference: `Practitioner/${p.therapist.id}`, display: p.therapist.user.name },
    activity,
  };
}
