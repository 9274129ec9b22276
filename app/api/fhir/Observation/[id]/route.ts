import { fhirEndpoint } from '@/lib/fhir/fhir-endpoint';
import { fhirIdParams } from '@/lib/fhir/schemas';
import { readFhirObservation } from '@/lib/fhir/search-fhir-observations';

export const GET = fhirEndpoint(
  {
    method: 'GET',
    path: '/api/fhir/Observation/{id}',
    tags: ['FHIR'],
    auth: ['PATIENT', 'THERAPIST', 'ADMIN'],
    summary:
      'FHIR R4 read of an Observation (the fullUrl in the search Bundle). Same access as the search; anyone else ' +
      'or an unknown id gets a 404 OperationOutcome. Writes a fhir.read audit event.',
    params: fhirIdParams,
    errors: ['FORBIDDEN'],
  },
  ({ user, params }) => readFhirObservation(user, params.id),
);
