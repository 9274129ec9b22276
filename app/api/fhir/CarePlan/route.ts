import { fhirEndpoint } from '@/lib/fhir/fhir-endpoint';
import { patientSearchQuery } from '@/lib/fhir/schemas';
import { fhirBaseUrl } from '@/lib/fhir/fhir-base-url';
import { searchFhirCarePlans } from '@/lib/fhir/search-fhir-care-plans';

export const GET = fhirEndpoint(
  {
    method: 'GET',
    path: '/api/fhir/CarePlan',
    tags: ['FHIR'],
    auth: ['PATIENT', 'THERAPIST', 'ADMIN'],
    errors: ['FORBIDDEN', 'NOT_FOUND'],
    summary:
      "FHIR R4 search: a searchset Bundle of the patient's home exercise plans as CarePlans (activities from the " +
      'current version). `patient` is required. Unknown or unreachable patient: 404 OperationOutcome.',
    query: patientSearchQuery,
  },
  ({ user, query, req }) => {
    const url = new URL(req.url);
    return searchFhirCarePlans(user, query.patient, `${fhirBaseUrl()}/CarePlan${url.search}`);
  },
);
