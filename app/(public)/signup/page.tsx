import type { Metadata } from 'next';
import Link from 'next/link';
import { SignUpForm } from './sign-up-form';

export const metadata: Metadata = { title: 'Create an account' };

export default function SignUpPage() {
  return (
    <div className="stack">
      <div>
        <h1>Create an account</h1>
        <p className="lead">
          A patient account lets you book visits, join video visits and follow your exercise plan.
        </p>
      </div>
      <SignUpForm />
      <p>Already have an account? <Link href="/signin">Sign in</Link></p>
    </div>
  );
}
