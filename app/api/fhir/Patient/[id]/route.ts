import { fhirEndpoint } from '@/lib/fhir/fhir-endpoint';
import { fhirIdParams } from '@/lib/fhir/schemas';
import { readFhirPatient } from '@/lib/fhir/read-fhir-patient';

export const GET = fhirEndpoint(
  {
    method: 'GET',
    path: '/api/fhir/Patient/{id}',
    tags: ['FHIR'],
    auth: ['PATIENT', 'THERAPIST', 'ADMIN'],
    errors: ['FORBIDDEN'],
    summary:
      'FHIR R4 read of a Patient (application/fhir+json). For the patient, a therapist who treats them, or an admin ' +
      'who reaches them; anyone else gets a 404 OperationOutcome. Writes a fhir.read audit event.',
    params: fhirIdParams,
  },
  ({ user, params }) => readFhirPatient(user, params.id),
);
