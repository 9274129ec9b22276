import type { Metadata } from 'next';
import Link from 'next/link';
import { safeCallbackPath } from '@/app/_components/safe-callback';
import { SignUpForm } from './sign-up-form';

export const metadata: Metadata = { title: 'Create an account' };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string | string[] }> }) {
  // Coming from the booking flow: back to the chosen visit after signing up.
  const next = safeCallbackPath((await searchParams).callbackUrl, '/patient');
  return (
    <div className="stack">
      <div>
        <h1>Create an account</h1>
        <p className="lead">A patient account lets you book visits, join video visits and follow your exercise plan.</p>
      </div>
      <SignUpForm next={next} />
      <p>
        Already have an account? <Link href="/signin">Sign in</Link>
      </p>
    </div>
  );
}
