import type { Metadata } from 'next';
import Link from 'next/link';
import { AppError } from '@/lib/errors';
import { describeSetupToken } from '@/lib/staff/set-password-from-token';
import { SetPasswordForm } from './set-password-form';

export const dynamic = 'force-dynamic';
// The token is in the URL: keep it out of Referer headers and search engines.
export const metadata: Metadata = {
  title: 'Set your password',
  referrer: 'no-referrer',
  robots: { index: false, follow: false },
};

export default async function SetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invited = await describeSetupToken(token).catch((err: unknown) => {
    if (err instanceof AppError && err.code === 'LINK_EXPIRED') return null;
    throw err;
  });
  if (!invited) {
    return (
      <div className="stack">
        <h1>This link no longer works</h1>
        <p className="notice">
          It has expired or was already used. Ask your practice administrator to send a new invitation, or{' '}
          <Link href="/signin">sign in</Link> if you already chose a password.
        </p>
      </div>
    );
  }
  return (
    <div className="stack">
      <div>
        <h1>Set your password</h1>
        <p className="lead">
          Welcome, {invited.name}. Choose the password you will sign in with as <strong>{invited.email}</strong>.
        </p>
      </div>
      <SetPasswordForm token={token} email={invited.email} />
    </div>
  );
}
