import { fhirEndpoint } from '@/lib/fhir/fhir-endpoint';
import { fhirIdParams } from '@/lib/fhir/schemas';
import { readFhirPractitioner } from '@/lib/fhir/read-fhir-practitioner';

export const GET = fhirEndpoint(
  {
    method: 'GET',
    path: '/api/fhir/Practitioner/{id}',
    tags: ['FHIR'],
    auth: ['PATIENT', 'THERAPIST', 'ADMIN'],
    summary:
      'FHIR R4 read of a Practitioner (a therapist, as referenced by Appointment and CarePlan): name, active, ' +
      "credentials as qualifications, and the home clinic's work phone. Any signed-in user; unknown id: 404 OperationOutcome.",
    params: fhirIdParams,
  },
  ({ params }) => readFhirPractitioner(params.id),
);
