import type { Location } from '@medplum/fhirtypes';
import { db } from '../db';
import { AppError } from '../errors';
import { toFhirLocation } from './fhir-location';

/** `Location/<clinic id>`, open or closed: public information, like the clinic page. */
export async function readFhirLocation(clinicId: string): Promise<Location> {
  const clinic = await db().clinic.findUnique({
    where: { id: clinicId },
    select: {
      id: true,
      name: true,
      addressLine1: true,
      addressLine2: true,
      city: true,
      state: true,
      zip: true,
      latitude: true,
      longitude: true,
      phone: true,
      hours: true,
      active: true,
      closedAt: true,
      practice: { select: { name: true } },
    },
  });
  if (!clinic) throw new AppError('NOT_FOUND', 'Location not found.');
  return toFhirLocation(clinic);
}
