// Who is calling. The JWT only names the user; role, scope and "still active" are read from the
// database on every request, so a deactivated account or a changed role takes effect at once.
import { getToken } from 'next-auth/jwt';
import { getServerSession } from 'next-auth';
import { cache } from 'react';
import { db } from '../db';
import { env } from '../env';
import { authOptions } from './options';
import type { SessionUser } from './roles';

function parseCookies(header: string | null): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0) out[part.slice(0, eq).trim()] = decodeURIComponent(part.slice(eq + 1).trim());
  }
  return out;
}

export async function loadSessionUser(userId: string | undefined): Promise<SessionUser | null> {
  if (!userId) return null;
  const user = await db().user.findFirst({
    where: { id: userId, active: true },
    select: { id: true, email: true, name: true, role: true, practiceId: true },
  });
  return user;
}

/** The caller of an API request, from its session cookie (or Bearer token), or null. */
export async function readRequestUser(req: Request): Promise<SessionUser | null> {
  const token = await getToken({
    req: { headers: req.headers, cookies: parseCookies(req.headers.get('cookie')) } as never,
    secret: env().NEXTAUTH_SECRET,
    secureCookie: env().NEXTAUTH_URL.startsWith('https://'),
  });
  return loadSessionUser(token?.sub);
}

/** The signed-in user of a server component or page, or null. Cached per request render. */
export const readPageUser = cache(async (): Promise<SessionUser | null> => {
  const session = await getServerSession(authOptions());
  return loadSessionUser(session?.user.id);
});
