// Defense in depth for the role dashboards: no session → sign-in page; a session for another
// role → that role's own home. The real check is requireRole() in each route group's layout,
// which reads the role from the database; this only reads the (possibly older) JWT.
import { NextResponse } from 'next/server';
import { withAuth, type NextRequestWithAuth } from 'next-auth/middleware';
import { DEV_NEXTAUTH_SECRET } from '@/lib/dev-secrets';
import { HOME_PATH, ROLES, type Role } from '@/lib/auth/roles';

function roleForPath(pathname: string): Role | null {
  return ROLES.find((role) => pathname === HOME_PATH[role] || pathname.startsWith(`${HOME_PATH[role]}/`)) ?? null;
}

export default withAuth(function proxy(req: NextRequestWithAuth) {
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
  // lib/env.ts's development default; lib/env.ts refuses to start a deployment on it.
  secret: process.env.NEXTAUTH_SECRET ?? DEV_NEXTAUTH_SECRET,
});

// /waitlist: offer links sign the patient in and come back to the same offer.
export const config = { matcher: ['/patient/:path*', '/therapist/:path*', '/admin/:path*', '/waitlist/:path*'] };
