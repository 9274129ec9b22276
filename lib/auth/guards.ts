// Page guards: a page group calls one of these first. APIs use lib/http.ts instead.
import { redirect } from 'next/navigation';
import { HOME_PATH, type Role, type SessionUser } from './roles';
import { readPageUser } from './session';

/** Signed-in user with this role; anyone else is sent to sign in or to their own dashboard. */
export async function requireRole(role: Role, returnTo: string): Promise<SessionUser> {
  const user = await readPageUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  if (user.role !== role) redirect(`${HOME_PATH[user.role]}?denied=1`);
  return user;
}
