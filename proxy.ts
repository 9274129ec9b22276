// Next's proxy (middleware) runs before every page and API route. It
// 1. sends the security headers (lib/security-headers.ts) with a fresh CSP nonce; Next reads the
//    nonce from the request's Content-Security-Policy header and puts it on its own scripts, so
//    every page is rendered per request (app/layout.tsx);
// 2. on the role dashboards, as defense in depth: no session → sign-in page; a session for another
//    role → that role's own home. The real check is requireRole() in each route group's layout,
//    which reads the role from the database; this only reads the (possibly older) JWT;
// 0. before both, answers what Next itself would answer with a 500 or outside our error shape: a
//    path whose percent-encoding does not decode, a page path with a control character (a page's
//    loader would fail on it), a method an /api route lacks (lib/api-edge/).
import { NextResponse, type NextRequest } from 'next/server';
import { getToken } from 'next-auth/jwt';
import { env } from '@/lib/env';
import { HOME_PATH, ROLES, type Role } from '@/lib/auth/roles';
import { securityHeaders } from '@/lib/security-headers';
import { buildRouteTree, decodePathSegments, pageSegmentsRefused, refuseAtApiEdge } from '@/lib/api-edge/api-edge';
import { API_ROUTE_TABLE } from '@/lib/api-edge/route-table';

const apiRoutes = buildRouteTree(API_ROUTE_TABLE);

/** 400 for an undecodable path (Next: a plain-text 500), 405 with Allow on /api (Next: an empty 405); null: go on. */
function refuseBeforeRouting(req: NextRequest): NextResponse | null {
  // The raw path: nextUrl's may already be decoded, and decoding it is what can fail.
  const rawPath = new URL(req.url).pathname;
  if (rawPath.startsWith('/api/')) {
    const refused = refuseAtApiEdge(req.method, rawPath, apiRoutes);
    return refused && NextResponse.json(refused.body, { status: refused.status, headers: refused.headers });
  }
  const segments = decodePathSegments(rawPath);
  if (segments && !pageSegmentsRefused(segments)) return null;
  return new NextResponse('Bad request: the address is not valid percent-encoding, or holds control characters.', {
    status: 400,
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

function roleForPath(pathname: string): Role | null {
  return ROLES.find((role) => pathname === HOME_PATH[role] || pathname.startsWith(`${HOME_PATH[role]}/`)) ?? null;
}

// /waitlist: offer links sign the patient in and come back to the same offer.
const SIGNED_IN_ONLY = /^\/(patient|therapist|admin|waitlist)(\/|$)/;

/** Where the role check sends this request, or null to let it through. */
async function roleRedirect(req: NextRequest): Promise<URL | null> {
  const { pathname, search } = req.nextUrl;
  if (!SIGNED_IN_ONLY.test(pathname)) return null;
  const token = await getToken({ req, secret: env().NEXTAUTH_SECRET, secureCookie: env().NEXTAUTH_URL.startsWith('https://') });
  if (!token) {
    const signIn = new URL('/signin', req.nextUrl.origin);
    signIn.searchParams.append('callbackUrl', `${pathname}${search}`);
    return signIn;
  }
  const role = token.role;
  const pathRole = roleForPath(pathname);
  if (!role || !ROLES.includes(role) || !pathRole || role === pathRole) return null;
  // A request already bounced once passes on to the layout, which decides from the database.
  // Without this, a user whose role changed after signing in (JWT says one role, the database
  // another) would ping-pong between two dashboards forever.
  if (req.nextUrl.searchParams.get('denied') === '1') return null;
  const home = req.nextUrl.clone();
  home.pathname = HOME_PATH[role];
  home.search = '?denied=1';
  return home;
}

export async function proxy(req: NextRequest): Promise<NextResponse> {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64');
  const headers = securityHeaders({
    nonce,
    publicUrl: env().NEXTAUTH_URL,
    livekitUrl: env().LIVEKIT_URL,
    livekitStaffUrl: env().LIVEKIT_STAFF_URL,
    dev: process.env.NODE_ENV === 'development',
    pathname: new URL(req.url).pathname,
  });
  const refused = refuseBeforeRouting(req);
  const redirect = refused ? null : await roleRedirect(req);
  let res: NextResponse;
  if (refused) {
    res = refused;
  } else if (redirect) {
    res = NextResponse.redirect(redirect);
  } else {
    const forward = new Headers(req.headers);
    forward.set('Content-Security-Policy', headers['Content-Security-Policy']!);
    res = NextResponse.next({ request: { headers: forward } });
  }
  for (const [name, value] of Object.entries(headers)) res.headers.set(name, value);
  return res;
}

// Everything but Next's fingerprinted build files and the icon (no document runs from those).
export const config = { matcher: ['/((?!_next/static|_next/image|icon.svg|favicon.ico).*)'] };
