// Checks a real answer against the OpenAPI document (lib/openapi/build-document.ts): its status is
// one the operation documents, its media type is the documented one, and its body validates
// against the documented schema (JSON Schema 2020-12, as OpenAPI 3.1 says). tests/support/http.ts
// runs this on every answer of an endpoint, so every integration test also tests the document.
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { AnySpec } from '@/lib/http';
import { buildOpenApiDocument } from '@/lib/openapi/build-document';

type Content = Record<string, { schema?: object }>;
type Operation = { responses: Record<string, { content?: Content }> };

const ajv = new Ajv2020({ strict: false, allErrors: true, logger: false });
addFormats(ajv);

const documents = new Map<AnySpec, { id: string; operation: Operation }>();

function documentOf(spec: AnySpec) {
  let entry = documents.get(spec);
  if (!entry) {
    const id = `openapi:${documents.size}`;
    const doc = buildOpenApiDocument([spec]);
    ajv.addSchema(doc, id);
    entry = { id, operation: (doc.paths[spec.path] as Record<string, Operation>)[spec.method.toLowerCase()]! };
    documents.set(spec, entry);
  }
  return entry;
}

const validators = new Map<string, ValidateFunction>();

function validatorFor(id: string, pointer: string): ValidateFunction {
  const ref = `${id}#${pointer}`;
  let validate = validators.get(ref);
  if (!validate) validators.set(ref, (validate = ajv.compile({ $ref: ref })));
  return validate;
}

const escape = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');

/** A list of what does not match; empty when the answer is what the document says. */
export function contractProblems(spec: AnySpec, status: number, headers: Headers, text: string): string[] {
  const { id, operation } = documentOf(spec);
  const documented = operation.responses[String(status)];
  if (!documented) return [`status ${status} is not documented (documented: ${Object.keys(operation.responses).join(', ')})`];
  if (!documented.content || status === 204) return [];
  const mediaType = (headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (!documented.content[mediaType]) {
    return [
      `media type "${mediaType}" is not documented for ${status} (documented: ${Object.keys(documented.content).join(', ')})`,
    ];
  }
  if (!mediaType.endsWith('json')) return [];
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return [`the ${status} body is not JSON`];
  }
  const pointer = ['', 'paths', spec.path, spec.method.toLowerCase(), 'responses', String(status), 'content', mediaType, 'schema']
    .map(escape)
    .join('/');
  const validate = validatorFor(id, pointer);
  if (validate(body)) return [];
  return (validate.errors ?? []).map((e) => `${status} body${e.instancePath} ${e.message ?? 'is invalid'} (${e.schemaPath})`);
}

/** Throws when the answer does not match the document, naming the operation and the problems. */
export function assertMatchesContract(spec: AnySpec, status: number, headers: Headers, text: string): void {
  const problems = contractProblems(spec, status, headers, text);
  if (problems.length === 0) return;
  throw new Error(
    `${spec.method} ${spec.path}: the answer does not match the OpenAPI document:\n  ${problems.join('\n  ')}\n` +
      `  body: ${text.slice(0, 500)}`,
  );
}
