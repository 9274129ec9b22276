import type { Bundle, CarePlan } from '@medplum/fhirtypes';
import { db, type Prisma } from '../db';
import type { SessionUser } from '../auth/roles';
import { auditFhirRead, authorizeFhirRead } from './fhir-access';
import { searchsetBundle } from './fhir-bundle';
import { fhirBaseUrl } from './fhir-base-url';
import { toFhirCarePlan } from './fhir-care-plan';

/** What toFhirCarePlan maps; shared with the read (read-fhir-care-plan.ts). */
export const fhirCarePlanSelect = {
  id: true,
  title: true,
  createdAt: true,
  endedAt: true,
  patient: { select: { id: true, user: { select: { name: true } } } },
  therapist: { select: { id: true, practiceId: true, user: { select: { name: true } } } },
  versions: {
    orderBy: { version: 'desc' },
    select: {
      version: true,
      startsOn: true,
      endsOn: true,
      notes: true,
      createdAt: true,
      items: {
        orderBy: { position: 'asc' },
        select: {
          sets: true,
          reps: true,
          holdSeconds: true,
          minutes: true,
          timesPerDay: true,
          daysPerWeek: true,
          notes: true,
          exercise: { select: { slug: true, name: true } },
        },
      },
    },
  },
} satisfies Prisma.ExercisePlanSelect;

/** `CarePlan?patient=…`: the patient's exercise plans (current and ended), newest first. */
export async function searchFhirCarePlans(user: SessionUser, patientId: string, self: string): Promise<Bundle<CarePlan>> {
  const scope = await authorizeFhirRead(user, patientId);
  const plans = await db().exercisePlan.findMany({
    where: { patientId, ...(scope.practiceId ? { therapist: { practiceId: scope.practiceId } } : {}) },
    orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
    select: fhirCarePlanSelect,
  });
  const withVersions = plans.filter((p) => p.versions.length > 0);
  await auditFhirRead(
    user,
    scope,
    'CarePlan',
    withVersions.map((p) => p.id),
  );
  return searchsetBundle(withVersions.map(toFhirCarePlan), fhirBaseUrl(), self);
}
