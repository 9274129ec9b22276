// The FHIR counterpart of lib/http.ts: the same spec, session, role check and zod parsing (so the
// route is in the OpenAPI document like any other), but FHIR routes answer FHIR: success bodies
// as application/fhir+json, and every error as an OperationOutcome with the same status.
import { endpoint } from '../http';
import type { ErrorBody } from '../errors';
import { operationOutcome } from './fhir-bundle';

export const FHIR_CONTENT_TYPE = 'application/fhir+json; charset=utf-8';

function withFhirType(body: BodyInit | null, status: number, from?: Headers): Response {
  const headers = new Headers(from);
  headers.set('Content-Type', FHIR_CONTENT_TYPE);
  headers.set('Cache-Control', 'no-store');
  return new Response(body, { status, headers });
}

export const fhirEndpoint: typeof endpoint = (spec, handler) => {
  const inner = endpoint(spec, handler);
  const run = async (req: Request, ctx?: Parameters<typeof inner>[1]): Promise<Response> => {
    const res = await inner(req, ctx);
    if (res.status < 400) return withFhirType(await res.text(), res.status, res.headers);
    const { error } = (await res.json()) as ErrorBody;
    return withFhirType(JSON.stringify(operationOutcome(error.code, error.message)), res.status, res.headers);
  };
  return Object.assign(run, { spec: { ...inner.spec, media: 'application/fhir+json' as const } });
};
