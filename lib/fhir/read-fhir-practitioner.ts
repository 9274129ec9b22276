import type { Practitioner } from '@medplum/fhirtypes';
import { db } from '../db';
import { AppError } from '../errors';
import { toFhirPractitioner } from './fhir-practitioner';

/** `Practitioner/<therapist id>`. No patient data, so no audit row; the route asks for a session. */
export async function readFhirPractitioner(therapistId: string): Promise<Practitioner> {
  const therapist = await db().therapist.findUnique({
    where: { id: therapistId },
    select: {
      id: true,
      credentials: true,
      user: { select: { name: true, active: true, updatedAt: true } },
      clinic: { select: { phone: true, active: true } },
    },
  });
  if (!therapist) throw new AppError('NOT_FOUND', 'Practitioner not found.');
  return toFhirPractitioner(therapist);
}
