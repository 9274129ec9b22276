// The browser's one client for our JSON API. A call names the operation as the OpenAPI document
// does, `api('POST /api/outcome-scores', { body })`; the body, path parameters and query are typed
// from that route's zod schemas and the answer from its response schema (app/_components/api-routes.ts,
// generated, types only: no server code reaches a browser bundle). Every failure comes back in one
// shape, so a form only has to decide which message to show: the server's
// `{ error: { code, message, details } }` when there is one, a network message when the request
// never got an answer. See docs/decisions/033-typed-api-client.md.
import type { z, ZodType } from 'zod';
import type { ApiRoutes } from './api-routes';
import { NETWORK_MESSAGE } from './auth-requests';

export interface ApiFailure {
  ok: false;
  /** 0 when no answer came (network). */
  status: number;
  /** The error table's code (lib/errors.ts), or NETWORK / HTTP_ERROR when the answer had none. */
  code: string;
  message: string;
  /** The error's `details` as the server sent them: validation issues (see `fieldErrors()` in
   * ./field-errors.ts), the appointments blocking a change… */
  details: unknown;
}
export type ApiResult<T> = { ok: true; status: number; data: T } | ApiFailure;

/** Every operation, `'METHOD /api/path/{param}'`, as in the OpenAPI document. */
export type ApiRoute = keyof ApiRoutes;
type SpecOf<K extends ApiRoute> = ApiRoutes[K]['spec'];
/** What a route answers on success: the output of its response schema (the server parses every
 * answer through it before sending, lib/http.ts), `unknown` for a route without one. */
export type ApiAnswer<K extends ApiRoute> = SpecOf<K> extends { response: infer R extends ZodType } ? z.output<R> : unknown;
/** What a route accepts as its body: the input of its body schema. */
export type ApiBody<K extends ApiRoute> = SpecOf<K> extends { body: infer B extends ZodType } ? z.input<B> : undefined;
type ApiQuery<K extends ApiRoute> = SpecOf<K> extends { query: infer Q extends ZodType } ? z.input<Q> : undefined;
type ParamNames<P extends string> = P extends `${string}{${infer Name}}${infer Rest}` ? Name | ParamNames<Rest> : never;
type PathParams<K extends ApiRoute> = ParamNames<K extends `${string} ${infer Path}` ? Path : never>;
type Nothing = Record<never, never>;

export type ApiOptions<K extends ApiRoute> = { signal?: AbortSignal; headers?: Record<string, string> } & ([
  PathParams<K>,
] extends [never]
  ? { params?: never }
  : { params: Record<PathParams<K>, string> }) &
  ([ApiBody<K>] extends [undefined] ? { body?: never } : { body: ApiBody<K> }) &
  ([ApiQuery<K>] extends [undefined]
    ? { query?: never }
    : Nothing extends ApiQuery<K>
      ? { query?: ApiQuery<K> & object }
      : { query: ApiQuery<K> & object });

interface LooseOptions {
  params?: Record<string, string>;
  query?: object;
  body?: unknown;
  signal?: AbortSignal;
  headers?: Record<string, string>;
}

/**
 * Calls one operation. The options are required when the route has path parameters or a body.
 * The answer's type is declared from the route's response schema, not checked again here: the
 * server has just parsed it through that very schema, and repeating the parse would ship zod and
 * every schema to the browser.
 */
export function api<K extends ApiRoute>(
  route: K,
  ...options: Nothing extends ApiOptions<K> ? [options?: ApiOptions<K>] : [options: ApiOptions<K>]
): Promise<ApiResult<ApiAnswer<K>>>;
export function api(route: ApiRoute, options: LooseOptions = {}): Promise<ApiResult<unknown>> {
  const [method = 'GET', template = ''] = route.split(' ');
  const path = template.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(options.params?.[name] ?? ''));
  const search = options.query ? query(options.query) : '';
  return send(search ? `${path}?${search}` : path, method, options);
}

async function send(url: string, method: string, init: LooseOptions): Promise<ApiResult<unknown>> {
  let res: Response;
  try {
    res = await fetch(url, {
      method,
      cache: 'no-store',
      signal: init.signal,
      headers: {
        Accept: 'application/json',
        ...(init.body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...init.headers,
      },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
  } catch (err) {
    if (init.signal?.aborted) throw err;
    return { ok: false, status: 0, code: 'NETWORK', message: NETWORK_MESSAGE, details: undefined };
  }
  // No body (204) or not JSON (a proxy's error page): null.
  const body: unknown = await res.json().catch(() => null);
  return res.ok ? { ok: true, status: res.status, data: body } : failure(res.status, body);
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** The error shape (lib/errors.ts `ErrorBody`) read defensively: a proxy's HTML 502 has none. */
function failure(status: number, body: unknown): ApiFailure {
  const error = isRecord(body) && isRecord(body.error) ? body.error : {};
  return {
    ok: false,
    status,
    code: typeof error.code === 'string' ? error.code : 'HTTP_ERROR',
    message: typeof error.message === 'string' ? error.message : 'Something went wrong on our side. Please try again.',
    details: error.details,
  };
}

/** Query string from the non-empty strings, numbers and booleans (a list repeats its key). */
export function query(params: object): string {
  const q = new URLSearchParams();
  const entries: [string, unknown][] = Object.entries(params);
  for (const [k, v] of entries) {
    const items: unknown[] = Array.isArray(v) ? v : [v];
    for (const item of items)
      if (typeof item === 'string' ? item : typeof item === 'number' || typeof item === 'boolean') q.append(k, String(item));
  }
  return q.toString();
}
