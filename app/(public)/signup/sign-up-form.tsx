'use client';

import Link from 'next/link';
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { api } from '@/app/_components/api-client';
import { fieldErrors, type FieldErrors } from '@/app/_components/field-errors';
import { FormField } from '@/app/_components/form-field';
import { RATE_LIMITED_MESSAGE, signInWithPassword } from '@/app/_components/auth-requests';
import { formText } from '@/app/_components/form-text';

const PATIENT_HOME = '/patient';

const LABELS: Record<string, string> = {
  name: 'Full name',
  email: 'Email',
  password: 'Password',
  dateOfBirth: 'Date of birth',
  phone: 'Phone',
};

/** `{ email: 'must be …' }` → `{ email: 'Email must be ….' }`, for the fields this form shows. */
function labelled(errors: FieldErrors): FieldErrors {
  const out: FieldErrors = {};
  for (const [field, message] of Object.entries(errors)) {
    if (!message || !LABELS[field]) continue;
    // Our schemas phrase messages to follow the field name ("must be …"); zod's defaults stand alone.
    const text = /^[a-z]/.test(message) ? `${LABELS[field]} ${message}` : message;
    out[field] = text.endsWith('.') ? text : `${text}.`;
  }
  return out;
}

export function SignUpForm({ next = PATIENT_HOME }: { next?: string }) {
  const formRef = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<ReactNode>('');
  const [pending, setPending] = useState(false);

  // Move focus to the first field the server rejected, so keyboard users land where to fix it.
  useEffect(() => {
    formRef.current?.querySelector<HTMLInputElement>('[aria-invalid="true"]')?.focus();
  }, [errors]);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const value = (key: string) => formText(form, key).trim();
    const body = {
      name: value('name'),
      email: value('email'),
      password: formText(form, 'password'),
      dateOfBirth: value('dateOfBirth'),
      ...(value('phone') ? { phone: value('phone') } : {}),
      // Times in emails and calendar invitations are shown in this zone.
      timezone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    };
    setPending(true);
    setMessage('');
    setErrors({});
    const res = await api('POST /api/signup', { body });
    if (res.ok) return await signInAfterSignUp(body.email, body.password);
    if (res.code === 'EMAIL_TAKEN') {
      setErrors({ email: 'This email is already registered.' });
      setMessage(
        <>
          An account with this email already exists. <Link href="/signin">Sign in instead.</Link>
        </>,
      );
    } else if (res.code === 'VALIDATION_FAILED') {
      const found = labelled(fieldErrors(res.details));
      setErrors(found);
      setMessage(Object.keys(found).length ? 'Please check the highlighted fields.' : res.message);
    } else {
      setMessage(res.message);
    }
    setPending(false);
  }

  async function signInAfterSignUp(email: string, password: string) {
    const outcome = await signInWithPassword(email, password, next);
    if (outcome === 'ok') {
      window.location.assign(next);
      return;
    }
    setMessage(
      outcome === 'rate-limited' ? (
        <>Your account is ready. {RATE_LIMITED_MESSAGE}</>
      ) : (
        <>
          Your account is ready, but we could not sign you in. <Link href="/signin">Sign in</Link>
        </>
      ),
    );
    setPending(false);
  }

  return (
    <form ref={formRef} className="form" method="post" noValidate onSubmit={onSubmit} aria-label="Create your account">
      <p className="form-error" role="alert">
        {message}
      </p>
      <FormField name="name" label="Full name" autoComplete="name" required error={errors.name} />
      <FormField name="email" label="Email" type="email" autoComplete="email" required error={errors.email} />
      <FormField
        name="password"
        label="Password"
        type="password"
        autoComplete="new-password"
        required
        hint="At least 10 characters and hard to guess: a few uncommon words work well."
        error={errors.password}
      />
      <FormField name="dateOfBirth" label="Date of birth" type="date" autoComplete="bday" required error={errors.dateOfBirth} />
      <FormField name="phone" label="Phone (optional)" type="tel" autoComplete="tel" error={errors.phone} />
      <div>
        <button type="submit" disabled={pending}>
          {pending ? 'Creating your account…' : 'Create account'}
        </button>
      </div>
    </form>
  );
}
