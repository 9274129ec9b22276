'use client';

import { useState, type FormEvent } from 'react';
import { FormField } from '@/app/_components/form-field';
import { NETWORK_MESSAGE, RATE_LIMITED_MESSAGE, signInWithPassword } from '@/app/_components/auth-requests';
import { formText } from '@/app/_components/form-text';

const MESSAGES = {
  'rate-limited': RATE_LIMITED_MESSAGE,
  rejected: 'Email or password is incorrect.',
  failed: NETWORK_MESSAGE,
} as const;

export function PasswordSignInForm({ callbackUrl }: { callbackUrl: string }) {
  const [message, setMessage] = useState('');
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setMessage('');
    const outcome = await signInWithPassword(formText(form, 'email'), formText(form, 'password'), callbackUrl);
    if (outcome === 'ok') {
      window.location.assign(callbackUrl);
      return;
    }
    setMessage(MESSAGES[outcome]);
    setPending(false);
  }

  return (
    <form className="form" method="post" onSubmit={onSubmit} aria-label="Sign in with your password">
      <p className="form-error" role="alert">
        {message}
      </p>
      <FormField idPrefix="password-" name="email" label="Email" type="email" autoComplete="email" required />
      <FormField idPrefix="password-" name="password" label="Password" type="password" autoComplete="current-password" required />
      <div>
        <button type="submit" disabled={pending}>
          {pending ? 'Signing in…' : 'Sign in'}
        </button>
      </div>
    </form>
  );
}
