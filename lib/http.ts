// The one route wrapper: body limits → JSON + zod parse → session → role → handler → output
// shaping → error mapping. Every route handler is `endpoint(spec, fn)`; the same spec feeds
// GET /api/openapi.json, so the documentation cannot drift from what the handler accepts.
import { type z, type ZodType } from 'zod';
import { AppError, errorBody, type ErrorCode } from './errors';
import { readRequestUser } from './auth/session';
import type { Role, SessionUser } from './auth/roles';
import { toAppError } from './http-errors';
import { refuseCrossSiteRequest } from './http-csrf';
import { assertStorableInput } from './storable-input';
import { queryEncodingValid } from './api-edge/api-edge';
import { requestIdFor, withRequestId } from './log';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
type Schema = ZodType | undefined;
type Infer<S> = S extends ZodType ? z.output<S> : undefined;

export interface RouteSpec<B extends Schema, Q extends Schema, P extends Schema, R extends Schema> {
  method: HttpMethod;
  /** OpenAPI path, e.g. `/api/appointments/{id}`. */
  path: string;
  summary: string;
  tags: string[];
  /** `public`, or the roles allowed to call it. Ownership is checked in the handler. */
  auth: 'public' | readonly Role[];
  body?: B;
  query?: Q;
  params?: P;
  /** Shape of the success body; fields not in it are stripped, so nothing leaks by accident. */
  response?: R;
  successStatus?: number;
  /** Largest accepted body in bytes (default 64 KiB). */
  maxBodyBytes?: number;
  /**
   * Hand the body to the handler as the exact text received, unparsed (a webhook whose signature
   * covers the raw bytes). Size, JSON content type and emptiness are still checked; `body` must
   * then be absent.
   */
  rawBody?: boolean;
  /**
   * The codes the handler's lib functions can throw (grep `AppError('…')` through what it calls).
   * The wrapper's own (validation, session, role, body limits, 404 for a path id, 503) are added
   * by lib/openapi/operation-errors.ts; the OpenAPI document lists both.
   */
  errors?: readonly ErrorCode[];
  /**
   * The operation accepts an `Idempotency-Key` header: checked here (8–100 letters, digits or
   * . _ : -), handed to the handler, and documented in the OpenAPI document. `'required'`: a
   * request without one is refused (400), and the handler gets a string.
   */
  idempotencyKey?: boolean | 'required';
  /** Media type of a success body that is not JSON: a CSV download, an iCalendar feed, FHIR, an image. */
  media?: 'text/csv' | 'text/calendar' | 'application/fhir+json' | 'application/pdf' | 'image/*';
}

export interface HandlerContext<B extends Schema, Q extends Schema, P extends Schema, A, K = string | null> {
  req: Request;
  user: A;
  body: Infer<B>;
  /** The body as received, for specs with `rawBody: true` (empty string otherwise). */
  rawBody: string;
  query: Infer<Q>;
  params: Infer<P>;
  /** The checked Idempotency-Key header, for specs with `idempotencyKey`; otherwise null. */
  idempotencyKey: K;
}

type RouteContext = { params: Promise<Record<string, string | string[]>> };
export type AnySpec = RouteSpec<Schema, Schema, Schema, Schema>;
/** A route handler with its spec; `S` keeps the spec's own schemas, so the browser client
 * (app/_components/api-client.ts) infers request and answer types from them. */
export type Endpoint<S extends AnySpec = AnySpec> = ((req: Request, ctx?: RouteContext) => Promise<Response>) & { spec: S };

const DEFAULT_MAX_BODY = 64 * 1024;

/**
 * `no-transform`: Next would gzip every answer in the app process (a fresh zlib stream each,
 * ~2 % of a booking's CPU for a body under 2 KB); compression belongs to the proxy in front
 * (docs/decisions/004 and 022).
 */
export function json(body: unknown, status = 200, headers?: Record<string, string>): Response {
  return Response.json(body, { status, headers: { 'Cache-Control': 'no-store, no-transform', ...headers } });
}

/**
 * JSON for large answers (a 90-day slot list is ~1 MB). Next gzips responses at level 6 in the
 * app process, which cost more CPU than computing the answer; `no-transform` leaves compression
 * to the proxy in front of the app (where deployments do it anyway). See docs/decisions/004.
 */
export function largeJson(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store, no-transform' },
  });
}

function parseWith<S extends Schema>(schema: S, input: unknown, where: string): Infer<S> {
  if (!schema) return undefined as Infer<S>;
  assertStorableInput(input, where);
  const result = schema.safeParse(input);
  if (!result.success) {
    throw new AppError(
      'VALIDATION_FAILED',
      `Invalid ${where}: ${result.error.issues[0]?.message ?? 'bad value'}.`,
      result.error.issues.map((i) => ({ path: [where, ...i.path].join('.'), message: i.message })),
    );
  }
  return result.data as Infer<S>;
}

async function readJsonText(req: Request, maxBytes: number): Promise<string> {
  const declared = Number(req.headers.get('content-length') ?? 0);
  if (declared > maxBytes) throw new AppError('PAYLOAD_TOO_LARGE', `The body must be under ${maxBytes} bytes.`);
  const type = req.headers.get('content-type') ?? '';
  if (!/^application\/([\w.+-]+\+)?json\b/i.test(type)) throw new AppError('UNSUPPORTED_MEDIA_TYPE');
  const text = await req.text();
  if (Buffer.byteLength(text) > maxBytes) throw new AppError('PAYLOAD_TOO_LARGE', `The body must be under ${maxBytes} bytes.`);
  if (text.trim() === '') throw new AppError('VALIDATION_FAILED', 'The request body is empty.');
  return text;
}

async function readJsonBody(req: Request, maxBytes: number): Promise<unknown> {
  const text = await readJsonText(req, maxBytes);
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError('INVALID_JSON');
  }
}

function queryObject(url: URL): Record<string, string | string[]> {
  if (!queryEncodingValid(url.search)) {
    throw new AppError('VALIDATION_FAILED', 'Invalid query: not valid percent-encoding (UTF-8).', [
      { path: 'query', message: 'not valid percent-encoding' },
    ]);
  }
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(url.searchParams.keys())) {
    const all = url.searchParams.getAll(key);
    out[key] = all.length > 1 ? all : (all[0] ?? '');
  }
  return out;
}

export const IDEMPOTENCY_KEY_PATTERN = /^[\w.:-]{8,100}$/;

function readIdempotencyKey(req: Request, spec: AnySpec): string | null {
  if (!spec.idempotencyKey) return null;
  const key = req.headers.get('idempotency-key');
  if (key === null && spec.idempotencyKey === 'required') {
    throw new AppError('VALIDATION_FAILED', 'Send an Idempotency-Key header (8–100 letters, digits or . _ : -).');
  }
  if (key !== null && !IDEMPOTENCY_KEY_PATTERN.test(key)) {
    throw new AppError('VALIDATION_FAILED', 'Idempotency-Key must be 8–100 letters, digits or . _ : -');
  }
  return key;
}

async function authorize(req: Request, auth: AnySpec['auth']): Promise<SessionUser | null> {
  const user = await readRequestUser(req);
  if (auth === 'public') return user;
  if (!user) throw new AppError('UNAUTHENTICATED');
  if (!auth.includes(user.role)) throw new AppError('FORBIDDEN');
  return user;
}

export function endpoint<B extends Schema, Q extends Schema, P extends Schema, R extends Schema, S extends RouteSpec<B, Q, P, R>>(
  spec: S & RouteSpec<B, Q, P, R>,
  handler: (
    ctx: HandlerContext<
      B,
      Q,
      P,
      S['auth'] extends 'public' ? SessionUser | null : SessionUser,
      S['idempotencyKey'] extends 'required' ? string : string | null
    >,
  ) => Promise<(R extends ZodType ? z.input<R> : unknown) | Response>,
): Endpoint<S> {
  const run = (req: Request, ctx?: RouteContext): Promise<Response> =>
    withRequestId(requestIdFor(req.headers), () => handle(req, ctx));
  const handle = async (req: Request, ctx?: RouteContext): Promise<Response> => {
    try {
      refuseCrossSiteRequest(req);
      const user = await authorize(req, spec.auth);
      const params = parseWith(spec.params, ctx ? await ctx.params : {}, 'path');
      const query = parseWith(spec.query, queryObject(new URL(req.url)), 'query');
      const body = spec.body
        ? parseWith(spec.body, await readJsonBody(req, spec.maxBodyBytes ?? DEFAULT_MAX_BODY), 'body')
        : (undefined as Infer<B>);
      const rawBody = spec.rawBody ? await readJsonText(req, spec.maxBodyBytes ?? DEFAULT_MAX_BODY) : '';
      const idempotencyKey = readIdempotencyKey(req, spec);
      const result = await handler({
        req,
        user: user as never,
        body,
        rawBody,
        query: query as Infer<Q>,
        params: params as Infer<P>,
        idempotencyKey: idempotencyKey as never,
      });
      if (result instanceof Response) return result;
      const shaped = spec.response ? spec.response.parse(result) : result;
      return spec.successStatus === 204 ? new Response(null, { status: 204 }) : json(shaped, spec.successStatus ?? 200);
    } catch (err) {
      const appError = toAppError(err, `${spec.method} ${spec.path}`);
      return json(errorBody(appError), appError.status, appError.headers);
    }
  };
  return Object.assign(run, { spec: spec });
}
