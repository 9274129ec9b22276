'use client';

// The last step: the chosen visit (VisitDetails), how to pay (PaymentChoice), then one POST
// (useBookVisit: a retry reuses its Idempotency-Key). The payment fields are a react-hook-form form
// checked by the server's own `payment` schema before anything is sent (decision 034).
import { zodResolver } from '@hookform/resolvers/zod';
import Link from 'next/link';
import { useState, type Ref } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { fieldMessages } from '@/app/_components/forms/field-errors';
import { bookingBody, useBookVisit, type BookingViewer, type ChosenVisit } from './book-visit';
import { PaymentChoice, paymentForm } from './payment-choice';
import { VerifyEmailFirst } from './verify-email-first';
import { VisitDetails } from './visit-details';

export type { BookingViewer, ChosenVisit } from './book-visit';

interface Props {
  visit: ChosenVisit;
  viewer: BookingViewer;
  /** A new patient answers the intake first (it comes back here afterwards). */
  needsIntake?: boolean;
  /** Where "Sign in to book" should bring the visitor back to. */
  returnTo: string;
  /** The time was taken by someone else: pick another. */
  onSlotTaken: () => void;
  /** Any other refusal: the week view should be fetched again. */
  onRefused: () => void;
  /** The heading, focused when a time is picked so keyboard users land on this step. */
  headingRef?: Ref<HTMLHeadingElement>;
}

const SIGNED_OUT = 'Your session has ended. Sign in again to book this visit.';

export function ConfirmBooking({ visit, viewer, needsIntake = false, returnTo, onSlotTaken, onRefused, headingRef }: Props) {
  const paid = visit.visitType.priceCents > 0;
  const form = useForm({
    resolver: zodResolver(paymentForm),
    defaultValues: paid ? { payment: { method: 'card', payer: '', memberId: '' } } : {},
    // As before the form library: problems are shown when the button is pressed, and stay until it is pressed again.
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
    shouldFocusError: false,
  });
  const method = useWatch({ control: form.control, name: 'payment.method' }) ?? 'card';
  const book = useBookVisit();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState('');
  const [mustVerify, setMustVerify] = useState(false);

  const buttonLabel = paid && method === 'card' ? 'Continue to payment' : 'Confirm booking';
  const fieldErrors = fieldMessages(form.formState.errors, {
    'payment.payer': 'Enter the name of your insurance company.',
    'payment.memberId': (p) =>
      p.type === 'too_small' ? 'Enter the member ID from your insurance card.' : `Member ID ${p.message}.`,
  });

  const confirm = form.handleSubmit(
    async ({ payment }) => {
      setPending(true);
      setError('');
      setMustVerify(false);
      const outcome = await book(bookingBody(visit, payment));
      if (outcome.kind === 'moving-on') return;
      setPending(false);
      if (outcome.kind === 'retry') setError(`${outcome.message} Pressing “${buttonLabel}” again will not book twice.`);
      else if (outcome.kind === 'slot-taken') onSlotTaken();
      else if (outcome.kind === 'signed-out') setError(SIGNED_OUT);
      else if (outcome.kind === 'verify-email') setMustVerify(true);
      else {
        setError(outcome.message);
        onRefused();
      }
    },
    () => setError('Please fill in your insurance details.'),
  );

  const signInHref = `/signin?callbackUrl=${encodeURIComponent(returnTo)}`;

  return (
    <section className="booking-step card confirm-panel" aria-labelledby="confirm-heading">
      <h2 id="confirm-heading" ref={headingRef} tabIndex={-1}>
        Confirm your visit
      </h2>
      <VisitDetails visit={visit} />
      {viewer === 'patient' && needsIntake && (
        <div className="notice intake-first">
          <p>
            <strong>One step before your first booking:</strong> a few questions about your back (about three minutes), so your
            therapist is ready for you and we can check this kind of visit suits you. You will come straight back here.
          </p>
          <div className="actions">
            <Link href={`/patient/intake?next=${encodeURIComponent(returnTo)}`} className="button">
              Answer a few questions
            </Link>
          </div>
        </div>
      )}
      {viewer === 'patient' && !needsIntake && paid && (
        <PaymentChoice
          visitType={visit.visitType}
          register={form.register}
          method={method}
          onMethodChange={() => setError('')}
          errors={{ payer: fieldErrors['payment.payer'], memberId: fieldErrors['payment.memberId'] }}
        />
      )}
      <p className="form-error" role="alert">
        {error}
      </p>
      {viewer === 'patient' && mustVerify && <VerifyEmailFirst returnTo={returnTo} />}
      {viewer === 'patient' && !needsIntake && (
        <div className="actions confirm-bar">
          <button type="button" onClick={() => void confirm()} disabled={pending}>
            {pending ? (paid && method === 'card' ? 'Opening payment…' : 'Booking…') : buttonLabel}
          </button>
        </div>
      )}
      {viewer === 'signed-out' && (
        <>
          <p className="muted">You will come straight back here after signing in.</p>
          <div className="actions">
            <Link href={signInHref} className="button">
              Sign in to book
            </Link>
            <Link href={`/signup?callbackUrl=${encodeURIComponent(returnTo)}`} className="button button-secondary">
              Create an account
            </Link>
          </div>
        </>
      )}
      {viewer === 'other-role' && (
        <p className="notice">Visits are booked from a patient account. Sign out and sign in as the patient to book.</p>
      )}
      {viewer === 'patient' && error === SIGNED_OUT && (
        <p>
          <Link href={signInHref}>Sign in again</Link>
        </p>
      )}
    </section>
  );
}
