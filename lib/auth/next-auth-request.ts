// Runs next-auth 4 on a plain fetch Request. next-auth's App Router glue reads cookies and headers
// through next/headers, which only exist inside Next's request scope; this glue reads them from the
// Request itself, so the same code runs in `next start` and when a test calls the route handler.
// Body formats are the ones next-auth's own glue accepts (JSON and form); anything else reaches
// next-auth as no body, and oversized or malformed bodies never reach it.
import NextAuth, { type AuthOptions } from 'next-auth';
import { AppError } from '@/lib/errors';
import { parseCookies } from '@/lib/auth/session';

const MAX_BODY_BYTES = 16 * 1024;

async function readBody(req: Request): Promise<Record<string, unknown> | undefined> {
  if (req.method !== 'POST' || !req.body) return undefined;
  if (Number(req.headers.get('content-length') ?? 0) > MAX_BODY_BYTES) throw new AppError('PAYLOAD_TOO_LARGE');
  const text = await req.text();
  if (Buffer.byteLength(text) > MAX_BODY_BYTES) throw new AppError('PAYLOAD_TOO_LARGE');
  const type = req.headers.get('content-type') ?? '';
  if (type.includes('application/json')) {
    try {
      const parsed: unknown = JSON.parse(text);
      return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : undefined;
    } catch {
      return undefined;
    }
  }
  if (type.includes('application/x-www-form-urlencoded')) return Object.fromEntries(new URLSearchParams(text));
  return undefined;
}

/** next-auth's pages-style handler over a collecting response, turned into a fetch Response. */
export async function runNextAuth(req: Request, nextauth: string[], options: AuthOptions): Promise<Response> {
  const url = new URL(req.url);
  const body = await readBody(req);
  let status = 200;
  let payload: string | null = null;
  const headers = new Headers();
  const res = {
    status(code: number) {
      status = code;
      return res;
    },
    getHeader(name: string) {
      return name.toLowerCase() === 'set-cookie' ? headers.getSetCookie() : (headers.get(name) ?? undefined);
    },
    setHeader(name: string, value: string | string[]) {
      headers.delete(name);
      for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
      return res;
    },
    end() {
      return res;
    },
    json(value: unknown) {
      headers.set('Content-Type', 'application/json');
      payload = JSON.stringify(value);
      return res;
    },
    send(value: unknown) {
      payload = typeof value === 'string' ? value : value === undefined ? null : JSON.stringify(value);
      return res;
    },
  };
  const request = {
    method: req.method,
    headers: Object.fromEntries(req.headers),
    cookies: parseCookies(req.headers.get('cookie') ?? ''),
    query: { ...Object.fromEntries(url.searchParams), nextauth },
    body,
  };
  // next-auth's types name Next's API request and response; these two objects carry what it reads.
  await NextAuth(request as never, res as never, options);
  return new Response(payload, { status, headers });
}
