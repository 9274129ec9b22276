import type { Metadata } from 'next';
import Link from 'next/link';

export const metadata: Metadata = { title: 'Check your email' };

export default function CheckEmailPage() {
  return (
    <div className="card">
      <h1>Check your email</h1>
      <p>
        If there is a Rehabit account for that address, a sign-in link is on its way. The link works once and expires after 15
        minutes.
      </p>
      <p className="muted">
        Nothing after a few minutes? Check your spam folder, or make sure you used the address your account was created with.
      </p>
      <p>
        <Link href="/signin">Back to sign in</Link>
      </p>
    </div>
  );
}
