import type { Metadata } from 'next';
import Link from 'next/link';
import { safeCallbackPath } from '@/app/_components/safe-callback';
import type { SearchParams } from '@/app/_components/search-params';
import { PasswordSignInForm } from './password-sign-in-form';
import { SignInLinkForm } from './sign-in-link-form';

export const metadata: Metadata = { title: 'Sign in' };

/** Messages for the `error` codes next-auth puts on its redirect back to this page. */
const ERROR_MESSAGES: Record<string, string> = {
  Verification: 'That sign-in link has expired or has already been used. Ask for a new one below.',
  CredentialsSignin: 'Email or password is incorrect.',
  AccessDenied: 'This account cannot sign in. If you think that is a mistake, contact your clinic.',
  SessionRequired: 'Please sign in to see that page.',
};
const FALLBACK_ERROR = 'Signing in did not work. Please try again.';

export default async function SignInPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackPath(params.callbackUrl);
  const error = typeof params.error === 'string' ? (ERROR_MESSAGES[params.error] ?? FALLBACK_ERROR) : null;

  return (
    <div className="stack">
      <h1>Sign in</h1>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}

      <section aria-labelledby="password-heading">
        <h2 id="password-heading">With your password</h2>
        <PasswordSignInForm callbackUrl={callbackUrl} />
      </section>

      <hr className="divider" />

      <section aria-labelledby="link-heading">
        <h2 id="link-heading">Email me a sign-in link</h2>
        <p className="muted">No password needed: we send a link that signs you in once.</p>
        <SignInLinkForm callbackUrl={callbackUrl} />
      </section>

      <p>
        New to Rehabit? <Link href="/signup">Create an account</Link>
      </p>
    </div>
  );
}
