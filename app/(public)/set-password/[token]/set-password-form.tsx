'use client';

import Link from 'next/link';
import { useRef, useState, type FormEvent } from 'react';
import { api } from '@/app/_components/api-client';
import { FormField } from '@/app/_components/form-field';
import { formText } from '@/app/_components/form-text';

const MIN_LENGTH = 10;

export function SetPasswordForm({ token, email }: { token: string; email: string }) {
  const [errors, setErrors] = useState<{ password?: string; confirm?: string }>({});
  const [message, setMessage] = useState('');
  const [done, setDone] = useState(false);
  const [pending, setPending] = useState(false);
  const doneRef = useRef<HTMLParagraphElement>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const password = formText(form, 'password');
    const confirm = formText(form, 'confirm');
    const found: typeof errors = {};
    if (password.length < MIN_LENGTH) found.password = `Password must be at least ${MIN_LENGTH} characters.`;
    else if (password.length > 200) found.password = 'Password must be at most 200 characters.';
    if (confirm !== password) found.confirm = 'The two passwords do not match.';
    setErrors(found);
    setMessage('');
    if (found.password || found.confirm) {
      event.currentTarget.querySelector<HTMLInputElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    setPending(true);
    const res = await api('POST /api/password-setup', { body: { token, password } });
    setPending(false);
    if (!res.ok) {
      // A guessable password comes back as VALIDATION_FAILED saying why: shown at the field.
      if (res.code === 'VALIDATION_FAILED') {
        setErrors({ password: res.message });
        requestAnimationFrame(() => document.querySelector<HTMLInputElement>('input[name="password"]')?.focus());
      } else {
        setMessage(res.message);
      }
      return;
    }
    setDone(true);
    requestAnimationFrame(() => doneRef.current?.focus());
  }

  if (done) {
    return (
      <p ref={doneRef} tabIndex={-1} className="notice notice-success" role="status">
        Your password is set. <Link href={`/signin?callbackUrl=${encodeURIComponent('/dashboard')}`}>Sign in</Link> with {email}{' '}
        and your new password.
      </p>
    );
  }
  return (
    <form className="form" method="post" noValidate onSubmit={onSubmit} aria-label="Set your password">
      <p className="form-error" role="alert">
        {message}
      </p>
      {/* Lets password managers save the new password under the right account. */}
      <input type="hidden" name="username" autoComplete="username" value={email} readOnly />
      <FormField
        name="password"
        label="New password"
        type="password"
        autoComplete="new-password"
        required
        hint={`At least ${MIN_LENGTH} characters and hard to guess: a few uncommon words work well.`}
        error={errors.password}
      />
      <FormField
        name="confirm"
        label="Confirm new password"
        type="password"
        autoComplete="new-password"
        required
        error={errors.confirm}
      />
      <div className="actions">
        <button type="submit" disabled={pending}>
          {pending ? 'Saving…' : 'Set password'}
        </button>
      </div>
    </form>
  );
}
