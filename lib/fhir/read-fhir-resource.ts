// FHIR `read` of one Appointment or CarePlan: what the search Bundles' fullUrls point at. The same
// rule as the searches (fhir-access.ts, so it changes in one place): the caller must be allowed the
// resource's patient, and a therapist or practice admin sees only their own practice's resources.
// Anything else, like an unknown id, is 404, so a reader learns nothing about resources beyond it.
import type { Appointment, CarePlan } from '@medplum/fhirtypes';
import { db } from '../db';
import { AppError } from '../errors';
import type { SessionUser } from '../auth/roles';
import { auditFhirRead, authorizeFhirRead, type FhirReadScope } from './fhir-access';
import { toFhirAppointment } from './fhir-appointment';
import { toFhirCarePlan } from './fhir-care-plan';
import { fhirAppointmentSelect } from './search-fhir-appointments';
import { fhirCarePlanSelect } from './search-fhir-care-plans';

async function authorizeResource(
  user: SessionUser,
  resource: string,
  owner: { patientId: string; practiceId: string } | null,
): Promise<FhirReadScope> {
  const notFound = new AppError('NOT_FOUND', `${resource} not found.`);
  if (!owner) throw notFound;
  let scope: FhirReadScope;
  try {
    scope = await authorizeFhirRead(user, owner.patientId);
  } catch (err) {
    if (err instanceof AppError && err.code === 'NOT_FOUND') throw notFound; // not "Patient not found": no hint
    throw err;
  }
  if (scope.practiceId && scope.practiceId !== owner.practiceId) throw notFound;
  return scope;
}

export async function readFhirAppointment(user: SessionUser, id: string): Promise<Appointment> {
  const row = await db().appointment.findUnique({ where: { id }, select: fhirAppointmentSelect });
  const scope = await authorizeResource(
    user,
    'Appointment',
    row && { patientId: row.patient.id, practiceId: row.therapist.practiceId },
  );
  await auditFhirRead(user, scope, 'Appointment', [row!.id]);
  return toFhirAppointment(row!);
}

export async function readFhirCarePlan(user: SessionUser, id: string): Promise<CarePlan> {
  const row = await db().exercisePlan.findUnique({ where: { id }, select: fhirCarePlanSelect });
  // A plan without a version yet is not a CarePlan (the search leaves it out too).
  const plan = row && row.versions.length > 0 ? row : null;
  const scope = await authorizeResource(
    user,
    'CarePlan',
    plan && { patientId: plan.patient.id, practiceId: plan.therapist.practiceId },
  );
  await auditFhirRead(user, scope, 'CarePlan', [plan!.id]);
  return toFhirCarePlan(plan!);
}
