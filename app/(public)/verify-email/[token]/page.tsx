import type { Metadata } from 'next';
import Link from 'next/link';
import { safeCallbackPath } from '@/app/_components/safe-callback';
import { ResendVerification } from '@/app/_components/email-verification/resend-verification';
import { verificationLinkWorks } from '@/lib/accounts/email-verification/verify-email';
import { VerifyEmailForm } from './verify-email-form';

export const dynamic = 'force-dynamic';
// The token is in the URL: keep it out of Referer headers and search engines.
export const metadata: Metadata = {
  title: 'Verify your email',
  referrer: 'no-referrer',
  robots: { index: false, follow: false },
};

// Opening the link only shows a button: verifying is a POST, so a mail scanner that fetches links
// in advance does not spend it (decision 045).
export default async function VerifyEmailPage({
  params,
  searchParams,
}: {
  params: Promise<{ token: string }>;
  searchParams: Promise<{ next?: string | string[] }>;
}) {
  const { token } = await params;
  const next = safeCallbackPath((await searchParams).next, '');
  const here = `/verify-email/${encodeURIComponent(token)}`;
  if (!(await verificationLinkWorks(token))) {
    return (
      <div className="stack">
        <h1>This link no longer works</h1>
        <p className="notice">
          It has expired (links work for 24 hours) or was already used. If you already verified your address, you are all set:{' '}
          <Link href={next || '/book'}>continue to booking</Link>. Otherwise, ask for a new link.
        </p>
        <ResendVerification {...(next ? { returnTo: next } : {})} signInReturn={here} />
      </div>
    );
  }
  return (
    <div className="stack">
      <div>
        <h1>Verify your email</h1>
        <p className="lead">Confirm that this email address is yours. Then you can confirm your first booking.</p>
      </div>
      <VerifyEmailForm token={token} next={next || null} />
    </div>
  );
}
