import { fhirEndpoint } from '@/lib/fhir/fhir-endpoint';
import { fhirIdParams } from '@/lib/fhir/schemas';
import { readFhirCarePlan } from '@/lib/fhir/read-fhir-resource';

export const GET = fhirEndpoint(
  {
    method: 'GET',
    path: '/api/fhir/CarePlan/{id}',
    tags: ['FHIR'],
    auth: ['PATIENT', 'THERAPIST', 'ADMIN'],
    summary:
      'FHIR R4 read of a CarePlan (the fullUrl in the search Bundle). Same access as the search; anyone else ' +
      'or an unknown id gets a 404 OperationOutcome. Writes a fhir.read audit event.',
    params: fhirIdParams,
    errors: ['FORBIDDEN'],
  },
  ({ user, params }) => readFhirCarePlan(user, params.id),
);
