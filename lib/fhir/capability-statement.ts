// What this FHIR server can do (GET /api/fhir/metadata), the first thing an EHR client asks for.
// Pure; it lists exactly the interactions the routes under app/api/fhir implement.
import type { CapabilityStatement, CapabilityStatementRestResource } from '@medplum/fhirtypes';

const byPatient: CapabilityStatementRestResource['searchParam'] = [
  { name: 'patient', type: 'reference', documentation: 'Required: Patient/<id> or <id>.' },
];

/** When the statement last changed: bump it with the routes. */
export const CAPABILITIES_CHANGED_ON = '2026-12-05';

export function capabilityStatement(base: string, date = CAPABILITIES_CHANGED_ON): CapabilityStatement {
  return {
    resourceType: 'CapabilityStatement',
    status: 'active',
    date,
    kind: 'instance',
    publisher: 'Rehabit',
    implementation: { description: 'Rehabit FHIR R4 read API', url: base },
    fhirVersion: '4.0.1',
    format: ['application/fhir+json'],
    rest: [
      {
        mode: 'server',
        security: {
          description:
            'Session cookie or Bearer token of a Rehabit user. Patient data (Patient, Appointment, CarePlan, Observation): the patient, ' +
            'a treating therapist, or an admin who reaches the patient. Practitioner: any signed-in user. Location: public.',
        },
        resource: [
          { type: 'Patient', interaction: [{ code: 'read' }] },
          { type: 'Appointment', interaction: [{ code: 'read' }, { code: 'search-type' }], searchParam: byPatient },
          { type: 'CarePlan', interaction: [{ code: 'read' }, { code: 'search-type' }], searchParam: byPatient },
          { type: 'Observation', interaction: [{ code: 'read' }, { code: 'search-type' }], searchParam: byPatient },
          { type: 'Practitioner', interaction: [{ code: 'read' }] },
          { type: 'Location', interaction: [{ code: 'read' }] },
        ],
      },
    ],
  };
}
