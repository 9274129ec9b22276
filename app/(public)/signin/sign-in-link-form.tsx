'use client';

import { useState, type FormEvent } from 'react';
import { FormField } from '@/app/_components/form-field';
import { NETWORK_MESSAGE, RATE_LIMITED_MESSAGE, requestSignInLink } from '@/app/_components/auth-requests';
import { formText } from '@/app/_components/form-text';

const MESSAGES = {
  'rate-limited': RATE_LIMITED_MESSAGE,
  rejected: 'We could not send a sign-in link just now. Please try again in a few minutes.',
  failed: NETWORK_MESSAGE,
} as const;

export function SignInLinkForm({ callbackUrl }: { callbackUrl: string }) {
  const [message, setMessage] = useState('');
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setMessage('');
    const outcome = await requestSignInLink(formText(form, 'email'), callbackUrl);
    if (outcome === 'ok') {
      window.location.assign('/signin/check-email');
      return;
    }
    setMessage(MESSAGES[outcome]);
    setPending(false);
  }

  return (
    <form className="form" method="post" onSubmit={onSubmit} aria-label="Email me a sign-in link">
      <p className="form-error" role="alert">
        {message}
      </p>
      <FormField idPrefix="link-" name="email" label="Email for the link" type="email" autoComplete="email" required />
      <div>
        <button type="submit" className="button-secondary" disabled={pending}>
          {pending ? 'Sending…' : 'Email me a link'}
        </button>
      </div>
    </form>
  );
}
