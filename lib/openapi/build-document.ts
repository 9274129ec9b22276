// OpenAPI 3.1 from the same zod schemas the route wrapper parses with (see lib/http.ts), and every
// error answer an operation can give (lib/openapi/operation-errors.ts). Linted with Redocly's
// `recommended` rules and checked against real answers in app/api/openapi.json/*.int.test.ts.
import { z, type ZodType } from 'zod';
import type { AnySpec } from '../http';
import { ERROR_STATUS } from '../errors';
import { operationErrors } from './operation-errors';
import { FHIR_ERROR_SCHEMA, fhirComponentSchemas, fhirSuccessSchemaName } from './fhir-schemas';

type JsonSchema = Record<string, unknown>;

const FHIR_JSON = 'application/fhir+json';

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad request',
  401: 'Not signed in',
  403: 'Forbidden',
  404: 'Not found',
  409: 'Conflict with the current state',
  410: 'Gone',
  413: 'Body too large',
  415: 'Body is not JSON',
  422: 'A rule refuses it',
  429: 'Too many requests',
  502: 'The payment provider failed',
  503: 'Unavailable or busy: retry later',
};

function schemaOf(schema: ZodType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema;
  return rest;
}

function parametersOf(schema: ZodType | undefined, where: 'query' | 'path') {
  if (!schema) return [];
  const json = schemaOf(schema, 'input') as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, s]) => ({
    name,
    in: where,
    required: where === 'path' || (json.required ?? []).includes(name),
    schema: s,
  }));
}

function successResponse(spec: AnySpec) {
  if (spec.media === FHIR_JSON) {
    return {
      description: 'Success',
      content: { [FHIR_JSON]: { schema: { $ref: `#/components/schemas/${fhirSuccessSchemaName(spec.path)}` } } },
    };
  }
  if (spec.media) return { description: 'Success', content: { [spec.media]: { schema: { type: 'string' } } } };
  if (spec.response)
    return { description: 'Success', content: { 'application/json': { schema: schemaOf(spec.response, 'output') } } };
  return { description: 'Success' };
}

function errorResponse(spec: AnySpec, status: number, codes: string[]) {
  const retryAfter =
    status === 429 || status === 503
      ? {
          headers: {
            'Retry-After': { description: 'Seconds to wait before trying again, when known.', schema: { type: 'string' } },
          },
        }
      : {};
  const description = `${STATUS_TEXT[status] ?? 'Error'}: ${codes.join(', ')}`;
  // FHIR routes answer every error as an OperationOutcome (lib/fhir/fhir-endpoint.ts).
  if (spec.media === FHIR_JSON) {
    return {
      description,
      ...retryAfter,
      content: { [FHIR_JSON]: { schema: { $ref: `#/components/schemas/${FHIR_ERROR_SCHEMA}` } } },
    };
  }
  const schema = {
    allOf: [
      { $ref: '#/components/schemas/Error' },
      { type: 'object', properties: { error: { type: 'object', properties: { code: { type: 'string', enum: codes } } } } },
    ],
  };
  return { description, ...retryAfter, content: { 'application/json': { schema } } };
}

function requestBody(spec: AnySpec) {
  if (spec.body)
    return { requestBody: { required: true, content: { 'application/json': { schema: schemaOf(spec.body, 'input') } } } };
  if (spec.rawBody) {
    return {
      requestBody: {
        required: true,
        description: 'Read as raw bytes (the signature covers them exactly).',
        content: {
          'application/json': { schema: { type: 'object', description: "The provider's event, verified before it is parsed." } },
        },
      },
    };
  }
  return {};
}

function headerParameters(spec: AnySpec) {
  if (!spec.idempotencyKey) return [];
  return [
    {
      name: 'Idempotency-Key',
      in: 'header',
      required: spec.idempotencyKey === 'required',
      description:
        'Makes a retry safe: a repeat with the same key and body answers the first result ' +
        '(with `Idempotent-Replayed: true`); the same key with another body is 422 IDEMPOTENCY_KEY_REUSED.' +
        (spec.idempotencyKey === 'required' ? ' Required: a request without one is 400 VALIDATION_FAILED.' : ''),
      schema: { type: 'string', pattern: '^[A-Za-z0-9_.:-]{8,100}$' },
    },
  ];
}

/** `POST /api/appointments/{id}/cancel` → `postApiAppointmentsIdCancel` (unique: one operation per method and path). */
export function operationId(spec: Pick<AnySpec, 'method' | 'path'>): string {
  return (
    spec.method.toLowerCase() + spec.path.replace(/[^a-zA-Z0-9]+(.)?/g, (_m, c: string | undefined) => (c ?? '').toUpperCase())
  );
}

function operation(spec: AnySpec) {
  const responses: Record<string, unknown> = { [String(spec.successStatus ?? 200)]: successResponse(spec) };
  for (const [status, codes] of operationErrors(spec)) responses[String(status)] = errorResponse(spec, status, codes);
  return {
    summary: spec.summary,
    tags: spec.tags,
    operationId: operationId(spec),
    ...(spec.auth === 'public' ? { security: [] } : { 'x-roles': spec.auth }),
    parameters: [...parametersOf(spec.params, 'path'), ...parametersOf(spec.query, 'query'), ...headerParameters(spec)],
    ...requestBody(spec),
    responses,
  };
}

const errorSchema = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message'],
      properties: {
        code: { type: 'string', enum: Object.keys(ERROR_STATUS) },
        message: { type: 'string', description: 'For people: safe to show as it is.' },
        details: { description: 'More about the problem, e.g. one entry per invalid field for VALIDATION_FAILED.' },
      },
    },
  },
};

/** `serverUrl` is where the API is served from; a relative `/` when the document is read where it is served. */
export function buildOpenApiDocument(specs: AnySpec[], serverUrl = '/') {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const spec of [...specs].sort((a, b) => a.path.localeCompare(b.path))) {
    (paths[spec.path] ??= {})[spec.method.toLowerCase()] = operation(spec);
  }
  const tags = [...new Set(specs.flatMap((s) => s.tags))].sort().map((name) => ({ name, description: `${name} operations.` }));
  return {
    openapi: '3.1.0',
    info: {
      title: 'Rehabit API',
      version: '0.1.0',
      description: 'Telehealth booking and virtual physical therapy.',
      license: { name: 'Proprietary', identifier: 'LicenseRef-Rehabit-Proprietary' },
    },
    servers: [{ url: serverUrl, description: 'This server' }],
    tags,
    paths,
    components: {
      securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'next-auth.session-token' } },
      schemas: { Error: errorSchema, ...fhirComponentSchemas() },
    },
    security: [{ session: [] }],
  };
}
