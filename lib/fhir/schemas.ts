import { z } from 'zod';

/** FHIR ids are [A-Za-z0-9-.]{1,64}; ours are cuids, which fit. */
export const fhirId = z.string().regex(/^[A-Za-z0-9\-.]{1,64}$/, 'must be a FHIR id');

export const fhirIdParams = z.object({ id: fhirId });

/** `patient=<id>` or `patient=Patient/<id>`, as FHIR clients send either. */
export const patientSearchQuery = z.object({
  patient: z
    .string({ error: 'patient is required' })
    .transform((s) => s.replace(/^Patient\//, ''))
    .pipe(fhirId),
});
