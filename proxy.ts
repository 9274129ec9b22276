// Defense in depth for the role dashboards: no session → sign-in page; a session for another
// role → that role's own home. The real check is requireRole() in each route group's layout,
// which reads the role from the database; this only reads the (possibly older) JWT.
// Before that, for any path, it answers what Next itself would answer with a 500 or outside our
// error shape (see lib/api-edge/api-edge.ts); everything else goes on to the route.
import { NextResponse, type NextFetchEvent } from 'next/server';
import { withAuth, type NextRequestWithAuth } from 'next-auth/middleware';
import { HOME_PATH, ROLES, type Role } from '@/lib/auth/roles';
import { buildRouteTree, decodePathSegments, refuseAtApiEdge } from '@/lib/api-edge/api-edge';
import { API_ROUTE_TABLE } from '@/lib/api-edge/route-table';

const apiRoutes = buildRouteTree(API_ROUTE_TABLE);

function roleForPath(pathname: string): Role | null {
  return ROLES.find((role) => pathname === HOME_PATH[role] || pathname.startsWith(`${HOME_PATH[role]}/`)) ?? null;
}

const dashboards = withAuth(function dashboardProxy(req: NextRequestWithAuth) {
  const role = req.nextauth.token?.role;
  const pathRole = roleForPath(req.nextUrl.pathname);
  if (!role || !ROLES.includes(role) || !pathRole || role === pathRole) return NextResponse.next();
  // A request already bounced once passes on to the layout, which decides from the database.
  // Without this, a user whose role changed after signing in (JWT says one role, the database
  // another) would ping-pong between two dashboards forever.
  if (req.nextUrl.searchParams.get('denied') === '1') return NextResponse.next();
  const home = req.nextUrl.clone();
  home.pathname = HOME_PATH[role];
  home.search = '?denied=1';
  return NextResponse.redirect(home);
}, {
  callbacks: { authorized: ({ token }) => !!token },
  pages: { signIn: '/signin' },
  // Same development default as lib/env.ts, which cannot be imported here without its zod parse.
  secret: process.env.NEXTAUTH_SECRET ?? 'rehabit-development-secret-do-not-use-in-production',
});

const DASHBOARDS = ['/patient', '/therapist', '/admin', '/waitlist'];

export default function proxy(req: NextRequestWithAuth, event: NextFetchEvent) {
  // The raw path: nextUrl's may already be decoded, and decoding it is what can fail.
  const rawPath = new URL(req.url).pathname;
  if (rawPath.startsWith('/api/')) {
    const refused = refuseAtApiEdge(req.method, rawPath, apiRoutes);
    return refused ? NextResponse.json(refused.body, { status: refused.status, headers: refused.headers }) : NextResponse.next();
  }
  if (!decodePathSegments(rawPath)) {
    return new NextResponse('Bad request: the address is not valid percent-encoding.', { status: 400, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  }
  const path = req.nextUrl.pathname;
  // /waitlist: offer links sign the patient in and come back to the same offer.
  if (DASHBOARDS.some((p) => path === p || path.startsWith(`${p}/`))) return dashboards(req, event);
  return NextResponse.next();
}

// Every path but Next's own assets: a page address can carry broken percent-encoding too.
export const config = { matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'] };
