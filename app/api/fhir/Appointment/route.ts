import { fhirEndpoint } from '@/lib/fhir/fhir-endpoint';
import { patientSearchQuery } from '@/lib/fhir/schemas';
import { fhirBaseUrl } from '@/lib/fhir/fhir-base-url';
import { searchFhirAppointments } from '@/lib/fhir/search-fhir-appointments';

export const GET = fhirEndpoint(
  {
    method: 'GET',
    path: '/api/fhir/Appointment',
    tags: ['FHIR'],
    auth: ['PATIENT', 'THERAPIST', 'ADMIN'],
    errors: ['FORBIDDEN', 'NOT_FOUND'],
    summary:
      "FHIR R4 search: a searchset Bundle of the patient's Appointments (therapists and practice admins: within " +
      'their practice). `patient` is required. Unknown or unreachable patient: 404 OperationOutcome.',
    query: patientSearchQuery,
  },
  ({ user, query, req }) => {
    const url = new URL(req.url);
    return searchFhirAppointments(user, query.patient, `${fhirBaseUrl()}/Appointment${url.search}`);
  },
);
