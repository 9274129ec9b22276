import { fhirEndpoint } from '@/lib/fhir/fhir-endpoint';
import { patientSearchQuery } from '@/lib/fhir/schemas';
import { fhirBaseUrl } from '@/lib/fhir/fhir-base-url';
import { searchFhirObservations } from '@/lib/fhir/search-fhir-observations';

export const GET = fhirEndpoint(
  {
    method: 'GET',
    path: '/api/fhir/Observation',
    tags: ['FHIR'],
    auth: ['PATIENT', 'THERAPIST', 'ADMIN'],
    errors: ['FORBIDDEN', 'NOT_FOUND'],
    summary:
      "FHIR R4 search: a searchset Bundle of the patient's sleep check-ins as survey Observations (pain when lying down " +
      '0–10, LOINC 72514-3; times woken by pain; hours slept, LOINC 93832-4), newest night first, up to a year. ' +
      '`patient` is required. Unknown or unreachable patient: 404 OperationOutcome.',
    query: patientSearchQuery,
  },
  ({ user, query, req }) => {
    const url = new URL(req.url);
    return searchFhirObservations(user, query.patient, `${fhirBaseUrl()}/Observation${url.search}`);
  },
);
