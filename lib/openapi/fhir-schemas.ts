// JSON Schemas for the FHIR R4 resources our FHIR routes answer (application/fhir+json). They hold
// the elements R4 makes mandatory (cardinality 1..) plus the ids and references clients follow, not
// the whole R4 schema: the full one is 3 MB and lives at hl7.org for those who validate against it.
type JsonSchema = Record<string, unknown>;

const reference = { type: 'object', properties: { reference: { type: 'string' }, display: { type: 'string' } } };

function resource(type: string, required: string[] = [], properties: Record<string, JsonSchema> = {}): JsonSchema {
  return {
    type: 'object',
    description: `FHIR R4 ${type} (https://hl7.org/fhir/R4/${type.toLowerCase()}.html).`,
    required: ['resourceType', ...required],
    properties: { resourceType: { const: type }, id: { type: 'string' }, ...properties },
  };
}

const RESOURCES: Record<string, JsonSchema> = {
  Patient: resource('Patient', ['id']),
  Practitioner: resource('Practitioner', ['id']),
  Location: resource('Location', ['id']),
  Appointment: resource('Appointment', ['id', 'status', 'participant'], {
    status: {
      enum: [
        'proposed',
        'pending',
        'booked',
        'arrived',
        'fulfilled',
        'cancelled',
        'noshow',
        'entered-in-error',
        'checked-in',
        'waitlist',
      ],
    },
    participant: {
      type: 'array',
      minItems: 1,
      items: { type: 'object', required: ['status'], properties: { actor: reference, status: { type: 'string' } } },
    },
  }),
  CarePlan: resource('CarePlan', ['id', 'status', 'intent', 'subject'], {
    status: { enum: ['draft', 'active', 'on-hold', 'revoked', 'completed', 'entered-in-error', 'unknown'] },
    intent: { type: 'string' },
    subject: reference,
  }),
  Observation: resource('Observation', ['id', 'status', 'code', 'subject'], {
    status: { enum: ['registered', 'preliminary', 'final', 'amended', 'corrected', 'cancelled', 'entered-in-error', 'unknown'] },
    code: { type: 'object', properties: { coding: { type: 'array' }, text: { type: 'string' } } },
    subject: reference,
    effectiveDateTime: { type: 'string' },
    valueQuantity: {
      type: 'object',
      required: ['value', 'system', 'code'],
      properties: { value: { type: 'number' }, unit: { type: 'string' }, system: { type: 'string' }, code: { type: 'string' } },
    },
  }),
  CapabilityStatement: resource('CapabilityStatement', ['status', 'date', 'kind', 'fhirVersion', 'format'], {
    status: { type: 'string' },
    date: { type: 'string' },
    kind: { type: 'string' },
    fhirVersion: { type: 'string' },
    format: { type: 'array', items: { type: 'string' } },
  }),
  OperationOutcome: resource('OperationOutcome', ['issue'], {
    issue: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        required: ['severity', 'code'],
        properties: { severity: { type: 'string' }, code: { type: 'string' }, diagnostics: { type: 'string' } },
      },
    },
  }),
};

function bundleOf(type: string): JsonSchema {
  return resource('Bundle', ['type'], {
    type: { const: 'searchset' },
    total: { type: 'integer', minimum: 0 },
    entry: {
      type: 'array',
      items: {
        type: 'object',
        required: ['fullUrl', 'resource'],
        properties: { fullUrl: { type: 'string' }, resource: { $ref: `#/components/schemas/Fhir${type}` } },
      },
    },
  });
}

/** The component schemas, keyed `Fhir<Type>` and `Fhir<Type>Bundle`. */
export function fhirComponentSchemas(): Record<string, JsonSchema> {
  const out: Record<string, JsonSchema> = {};
  for (const [type, schema] of Object.entries(RESOURCES)) out[`Fhir${type}`] = schema;
  for (const type of ['Appointment', 'CarePlan', 'Observation']) out[`Fhir${type}Bundle`] = bundleOf(type);
  return out;
}

/**
 * What a FHIR route answers, from its path as the FHIR REST API lays them out: `/metadata` is the
 * CapabilityStatement, `/<Type>/{id}` a read of one resource, `/<Type>` a search (a Bundle).
 */
export function fhirSuccessSchemaName(path: string): string {
  const [type, id] = path.replace(/^\/api\/fhir\//, '').split('/');
  if (type === 'metadata') return 'FhirCapabilityStatement';
  return id ? `Fhir${type}` : `Fhir${type}Bundle`;
}

export const FHIR_ERROR_SCHEMA = 'FhirOperationOutcome';
