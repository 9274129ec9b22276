import { fhirEndpoint } from '@/lib/fhir/fhir-endpoint';
import { fhirIdParams } from '@/lib/fhir/schemas';
import { readFhirLocation } from '@/lib/fhir/read-fhir-location';

export const GET = fhirEndpoint(
  {
    method: 'GET',
    path: '/api/fhir/Location/{id}',
    tags: ['FHIR'],
    auth: 'public',
    summary:
      'FHIR R4 read of a Location (a clinic, as referenced by Appointment): name, status (closed clinics inactive), ' +
      'address, phone, position, practice and opening hours. Public, like the clinic pages; unknown id: 404 OperationOutcome.',
    params: fhirIdParams,
  },
  ({ params }) => readFhirLocation(params.id),
);
