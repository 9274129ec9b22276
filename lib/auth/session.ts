// Who is calling. The JWT only names the user and the session version it was issued under; role,
// scope, "still active" and "not signed out since" are read from the database on every request,
// so a sign-out, a new password, a deactivation or a changed role takes effect at once, for the
// cookie and for the same token sent as a Bearer header. See decisions 002 and 014.
import { decode, getToken, type JWT } from 'next-auth/jwt';
import { cookies, headers } from 'next/headers';
import { cache } from 'react';
import { db } from '../db';
import { env } from '../env';
import type { SessionUser } from './roles';

export function parseCookies(header: string | null): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq <= 0) continue;
    const raw = part.slice(eq + 1).trim();
    // A malformed escape in someone's cookie is their problem, not a 500.
    try {
      out[part.slice(0, eq).trim()] = decodeURIComponent(raw);
    } catch {
      out[part.slice(0, eq).trim()] = raw;
    }
  }
  return out;
}

/** The version a token was issued under; tokens from before versions existed count as 0. */
export function tokenSessionVersion(token: Pick<JWT, 'sv'> | null | undefined): number {
  return typeof token?.sv === 'number' ? token.sv : 0;
}

/** Thrown where next-auth asks about a session that has ended; next-auth then clears the cookie. */
export class SessionEndedError extends Error {
  constructor() {
    super('This session has ended.');
    this.name = 'SessionEndedError';
  }
}

export async function loadSessionUser(token: Pick<JWT, 'sub' | 'sv'> | null): Promise<SessionUser | null> {
  if (!token?.sub) return null;
  return db().user.findFirst({
    where: { id: token.sub, active: true, sessionVersion: tokenSessionVersion(token) },
    select: { id: true, email: true, name: true, role: true, practiceId: true },
  });
}

/**
 * Decrypting the session JWT (an HKDF key derivation plus AES-GCM) cost more CPU than the rest of
 * the session check. The same cookie string always decrypts to the same claims, so the claims are
 * remembered by the token string until the token expires; the user is still re-read from the
 * database on every request (above). Bounded; only tokens that decrypted are remembered.
 */
const decodedTokens = new Map<string, JWT>();
let decodedWith: string | undefined;
const REMEMBERED_TOKENS = 5_000;

async function decodeRemembered(params: Parameters<typeof decode>[0]): Promise<JWT | null> {
  const secret = String(params.secret);
  if (secret !== decodedWith) {
    decodedTokens.clear();
    decodedWith = secret;
  }
  const token = params.token ?? '';
  const known = decodedTokens.get(token);
  if (known && typeof known.exp === 'number' && known.exp * 1000 > Date.now()) return known;
  const claims = await decode(params);
  decodedTokens.delete(token);
  if (claims && typeof claims.exp === 'number') {
    if (decodedTokens.size >= REMEMBERED_TOKENS) decodedTokens.delete(decodedTokens.keys().next().value!);
    decodedTokens.set(token, claims);
  }
  return claims;
}

function readToken(headerSource: Headers, cookieJar: Record<string, string>): Promise<JWT | null> {
  return getToken({
    req: { headers: headerSource, cookies: cookieJar } as never,
    secret: env().NEXTAUTH_SECRET,
    secureCookie: env().NEXTAUTH_URL.startsWith('https://'),
    decode: decodeRemembered,
  });
}

/** The caller of an API request, from its session cookie (or Bearer token), or null. */
export async function readRequestUser(req: Request): Promise<SessionUser | null> {
  return loadSessionUser(await readToken(req.headers, parseCookies(req.headers.get('cookie'))));
}

/** The signed-in user of a server component or page, or null. Cached per request render. */
export const readPageUser = cache(async (): Promise<SessionUser | null> => {
  const jar = Object.fromEntries((await cookies()).getAll().map((c) => [c.name, c.value]));
  return loadSessionUser(await readToken(await headers(), jar));
});
