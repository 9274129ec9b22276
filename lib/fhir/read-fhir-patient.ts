import type { Patient } from '@medplum/fhirtypes';
import { db } from '../db';
import type { SessionUser } from '../auth/roles';
import { auditFhirRead, authorizeFhirRead } from './fhir-access';
import { toFhirPatient } from './fhir-patient';

export async function readFhirPatient(user: SessionUser, patientId: string): Promise<Patient> {
  const scope = await authorizeFhirRead(user, patientId);
  const patient = await db().patient.findUniqueOrThrow({
    where: { id: patientId },
    select: {
      id: true,
      dateOfBirth: true,
      phone: true,
      user: { select: { name: true, email: true, active: true, updatedAt: true } },
    },
  });
  await auditFhirRead(user, scope, 'Patient', [patient.id]);
  return toFhirPatient(patient);
}
