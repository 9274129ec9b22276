import { fhirEndpoint } from '@/lib/fhir/fhir-endpoint';
import { fhirBaseUrl } from '@/lib/fhir/fhir-base-url';
import { capabilityStatement } from '@/lib/fhir/capability-statement';

export const GET = fhirEndpoint(
  {
    method: 'GET',
    path: '/api/fhir/metadata',
    tags: ['FHIR'],
    auth: 'public',
    summary:
      'FHIR R4 CapabilityStatement: Patient read, Appointment and CarePlan search by patient, Practitioner and Location read.',
  },
  async () => capabilityStatement(fhirBaseUrl()),
);
