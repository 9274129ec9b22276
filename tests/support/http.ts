// Calls route handlers directly with real Requests, signed in through a real next-auth JWT
// cookie (the same cookie the browser gets), against the file's own database. Every answer of an
// endpoint is checked against the OpenAPI document (status, media type, body schema).
import { encode } from 'next-auth/jwt';
import { env } from '@/lib/env';
import type { AnySpec } from '@/lib/http';
import { assertMatchesContract } from './openapi-contract';
import { markPeerAddressFromServer, PEER_ADDRESS_HEADER } from '@/lib/auth/client-ip';

// These calls skip the HTTP server, so this helper plays scripts/serve.ts's part: it names the
// TCP peer (`from`), which the app then believes over any X-Forwarded-For.
markPeerAddressFromServer();

export interface Caller {
  id: string;
  email?: string;
  name?: string;
}

export async function sessionCookie(user: Caller): Promise<string> {
  const token = await encode({ token: { sub: user.id, email: user.email, name: user.name }, secret: env().NEXTAUTH_SECRET });
  return `next-auth.session-token=${token}`;
}

type Handler = ((req: Request, ctx?: { params: Promise<Record<string, string>> }) => Promise<Response>) & { spec?: AnySpec };

export interface CallOptions {
  method?: string;
  path?: string;
  as?: Caller;
  json?: unknown;
  /** Sent as-is (for malformed-body tests); sets no content type unless `headers` does. */
  rawBody?: string;
  headers?: Record<string, string>;
  params?: Record<string, string>;
  /** The caller's TCP peer address, as scripts/serve.ts would report it (default 127.0.0.1). */
  from?: string;
}

export interface CallResult<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

export async function call<T = any>(handler: Handler, opts: CallOptions = {}): Promise<CallResult<T>> {
  const headers: Record<string, string> = { ...opts.headers, [PEER_ADDRESS_HEADER]: opts.from ?? '127.0.0.1' };
  if (opts.as) headers.cookie = await sessionCookie(opts.as);
  let body: string | undefined = opts.rawBody;
  if (opts.json !== undefined) {
    body = JSON.stringify(opts.json);
    headers['content-type'] ??= 'application/json';
  }
  const req = new Request(`http://localhost${opts.path ?? '/'}`, {
    method: opts.method ?? (body ? 'POST' : 'GET'),
    headers,
    body,
  });
  const res = await handler(req, { params: Promise.resolve(opts.params ?? {}) });
  const text = await res.text();
  if (handler.spec) assertMatchesContract(handler.spec, res.status, res.headers, text);
  // Tests read arbitrary JSON bodies; `any` keeps assertions short.
  return { status: res.status, body: text ? JSON.parse(text) : null, headers: res.headers };
}
