// Defense in depth for the role dashboards: no session → sign-in page; a session for another
// role → that role's own home. The real check is requireRole() in each route group's layout,
// which reads the role from the database; this only reads the (possibly older) JWT.
// For /api/* it only answers what Next itself would answer outside our error shape (see
// lib/api-edge/api-edge.ts); everything else goes on to the route.
import { NextResponse, type NextFetchEvent } from 'next/server';
import { withAuth, type NextRequestWithAuth } from 'next-auth/middleware';
import { HOME_PATH, ROLES, type Role } from '@/lib/auth/roles';
import { buildRouteTree, refuseAtApiEdge } from '@/lib/api-edge/api-edge';
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

export default function proxy(req: NextRequestWithAuth, event: NextFetchEvent) {
  if (!req.nextUrl.pathname.startsWith('/api/')) return dashboards(req, event);
  // The raw path: nextUrl's may already be decoded, and decoding it is what can fail.
  const refused = refuseAtApiEdge(req.method, new URL(req.url).pathname, apiRoutes);
  return refused ? NextResponse.json(refused.body, { status: refused.status, headers: refused.headers }) : NextResponse.next();
}

// /waitlist: offer links sign the patient in and come back to the same offer.
export const config = { matcher: ['/api/:path*', '/patient/:path*', '/therapist/:path*', '/admin/:path*', '/waitlist/:path*'] };
