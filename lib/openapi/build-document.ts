// OpenAPI 3.1 from the same zod schemas the route wrapper parses with (see lib/http.ts).
import { z, type ZodType } from 'zod';
import type { AnySpec } from '../http';
import { ERROR_STATUS } from '../errors';

type JsonSchema = Record<string, unknown>;

function schemaOf(schema: ZodType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema;
  return rest;
}

function parametersOf(schema: ZodType | undefined, where: 'query' | 'path') {
  if (!schema) return [];
  const json = schemaOf(schema, 'input') as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, s]) => ({
    name, in: where, required: where === 'path' || (json.required ?? []).includes(name), schema: s,
  }));
}

const errorResponse = {
  description: 'Error',
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
};

function operation(spec: AnySpec) {
  const responses: Record<string, unknown> = {
    [String(spec.successStatus ?? 200)]: {
      description: 'Success',
      ...(spec.response ? { content: { 'application/json': { schema: schemaOf(spec.response, 'output') } } } : {}),
    },
    400: errorResponse,
  };
  if (spec.auth !== 'public') Object.assign(responses, { 401: errorResponse, 403: errorResponse });
  return {
    summary: spec.summary,
    tags: spec.tags,
    operationId: `${spec.method.toLowerCase()}${spec.path.replace(/[^a-zA-Z0-9]+(.)?/g, (_m, c: string | undefined) => (c ?? '').toUpperCase())}`,
    ...(spec.auth === 'public' ? { security: [] } : { 'x-roles': spec.auth }),
    parameters: [...parametersOf(spec.params, 'path'), ...parametersOf(spec.query, 'query')],
    ...(spec.body ? { requestBody: { required: true, content: { 'application/json': { schema: schemaOf(spec.body, 'input') } } } } : {}),
    ...(spec.rawBody ? { requestBody: { required: true, description: 'Read as raw bytes (the signature covers them exactly).', content: { 'application/json': { schema: {} } } } } : {}),
    responses,
  };
}

export function buildOpenApiDocument(specs: AnySpec[], serverUrl: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const spec of [...specs].sort((a, b) => a.path.localeCompare(b.path))) {
    (paths[spec.path] ??= {})[spec.method.toLowerCase()] = operation(spec);
  }
  return {
    openapi: '3.1.0',
    info: { title: 'Rehabit API', version: '0.1.0', description: 'Telehealth booking and virtual physical therapy.' },
    servers: [{ url: serverUrl }],
    paths,
    components: {
      securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'next-auth.session-token' } },
      schemas: {
        Error: {
          type: 'object',
          required: ['error'],
          properties: {
            error: {
              type: 'object',
              required: ['code', 'message'],
              properties: {
                code: { type: 'string', enum: Object.keys(ERROR_STATUS) },
                message: { type: 'string' },
                details: {},
              },
            },
          },
        },
      },
    },
    security: [{ session: [] }],
  };
}
