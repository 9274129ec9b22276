import { PageLink } from '@/app/_components/page-link';
import { unstable_rethrow } from 'next/navigation';
import { connection } from 'next/server';
import { readPageUser } from '@/lib/auth/session';
import { HOME_PATH, type SessionUser } from '@/lib/auth/roles';
import { SignOutButton } from './sign-out-button';

/** The signed-in user, or null when none (or when the session cannot be read right now). */
async function headerUser(): Promise<SessionUser | null> {
  // The header depends on the visitor, so no page may be prerendered at build time with a
  // signed-out header baked in. Said outright, before the try below could swallow the signal.
  await connection();
  try {
    return await readPageUser();
  } catch (err) {
    // Let Next's own signals (dynamic rendering, redirects) through. Anything else, such as the
    // database being down, should not take the public pages with it: show the signed-out header.
    unstable_rethrow(err);
    console.error('site header: could not read the session', err);
    return null;
  }
}

export async function SiteHeader() {
  const user = await headerUser();
  return (
    <header className="site-header">
      <div className="container">
        <PageLink href="/" className="brand">
          Rehabit
        </PageLink>
        <nav className="account-nav" aria-label="Account">
          <ul>
            {user ? (
              <>
                <li>
                  <PageLink href={HOME_PATH[user.role]}>Your dashboard</PageLink>
                </li>
                <li>
                  <SignOutButton />
                </li>
              </>
            ) : (
              <>
                <li>
                  <PageLink href="/signin">Sign in</PageLink>
                </li>
                <li>
                  <PageLink href="/signup" className="button">
                    Sign up
                  </PageLink>
                </li>
              </>
            )}
          </ul>
        </nav>
      </div>
    </header>
  );
}
