'use client';

// The last step: what, when, where, with whom, the price and the cancellation policy, how to pay,
// then one POST. A retry of the same attempt (after a network error or a 5xx) reuses its
// Idempotency-Key, so a booking that did go through is answered with the same appointment instead
// of a second one. Paying by card sends the patient on to Checkout; the visit is booked only when
// the payment is confirmed to the server (never by coming back to our page).
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useId, useRef, useState, type Ref } from 'react';
import { api } from '@/app/_components/api-client';
import { cancellationPolicy, formatMoney } from '@/app/_components/format';
import { FormField } from '@/app/_components/form-field';
import { formatDateTime, useViewerZone } from '@/app/_components/local-time';
import type { BookableClinic, BookableVisitType } from './booking-steps';

export type BookingViewer = 'patient' | 'signed-out' | 'other-role';

export interface ChosenVisit {
  visitType: BookableVisitType;
  clinic: BookableClinic | null;
  therapistId: string;
  therapistName: string | null;
  start: string;
  /** Video visits: where the patient will be (the therapist is licensed there). */
  patientState?: string | null;
}

function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

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

type PayBy = 'card' | 'insurance';

export function ConfirmBooking({ visit, viewer, needsIntake = false, returnTo, onSlotTaken, onRefused, headingRef }: Props) {
  const router = useRouter();
  const zone = useViewerZone();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState('');
  const [payBy, setPayBy] = useState<PayBy>('card');
  const [insurance, setInsurance] = useState({ payer: '', memberId: '' });
  const [fieldErrors, setFieldErrors] = useState<{ payer?: string; memberId?: string }>({});
  const attempt = useRef<{ signature: string; key: string } | null>(null);
  const { visitType, clinic } = visit;
  const paid = visitType.priceCents > 0;

  function paymentChoice() {
    if (!paid) return {};
    if (payBy === 'card') return { payment: { method: 'card' as const } };
    return { payment: { method: 'insurance' as const, payer: insurance.payer.trim(), memberId: insurance.memberId.trim() } };
  }

  async function confirm() {
    if (paid && payBy === 'insurance') {
      const problems = {
        ...(insurance.payer.trim().length < 2 ? { payer: 'Enter the name of your insurance company.' } : {}),
        ...(insurance.memberId.trim().length < 3 ? { memberId: 'Enter the member ID from your insurance card.' } : {}),
      };
      setFieldErrors(problems);
      if (Object.keys(problems).length) {
        setError('Please fill in your insurance details.');
        return;
      }
    }
    const body = {
      visitTypeId: visitType.id,
      therapistId: visit.therapistId,
      start: visit.start,
      ...(visitType.modality === 'IN_CLINIC' && clinic ? { clinicId: clinic.id } : {}),
      ...(visitType.modality === 'VIRTUAL' && visit.patientState ? { patientState: visit.patientState } : {}),
      ...paymentChoice(),
    };
    const signature = JSON.stringify(body);
    if (attempt.current?.signature !== signature) attempt.current = { signature, key: newIdempotencyKey() };
    setPending(true);
    setError('');
    const res = await api('POST /api/appointments', {
      body,
      headers: { 'Idempotency-Key': attempt.current.key },
    });
    if (res.ok) {
      if (res.data.checkoutUrl) window.location.assign(res.data.checkoutUrl);
      else router.push(`/patient/appointments?booked=${encodeURIComponent(res.data.id)}`);
      return;
    }
    setPending(false);
    // No answer, or a failure on our side: the same attempt may be retried with the same key.
    if (res.status === 0 || res.status >= 500) {
      setError(`${res.message} Pressing “${buttonLabel}” again will not book twice.`);
      return;
    }
    attempt.current = null;
    if (res.code === 'SLOT_TAKEN') {
      onSlotTaken();
      return;
    }
    if (res.status === 401) {
      setError('Your session has ended. Sign in again to book this visit.');
      return;
    }
    setError(res.message);
    onRefused();
  }

  const buttonLabel = paid && payBy === 'card' ? 'Continue to payment' : 'Confirm booking';
  const when = zone ? `${formatDateTime(visit.start)} (${zone})` : `${formatDateTime(visit.start, 'UTC')} (UTC)`;
  const signInHref = `/signin?callbackUrl=${encodeURIComponent(returnTo)}`;

  return (
    <section className="booking-step card confirm-panel" aria-labelledby="confirm-heading">
      <h2 id="confirm-heading" ref={headingRef} tabIndex={-1}>
        Confirm your visit
      </h2>
      <dl className="details">
        <div>
          <dt>What</dt>
          <dd>
            {visitType.name} ({visitType.durationMinutes} min)
          </dd>
        </div>
        <div>
          <dt>When</dt>
          <dd>{when}</dd>
        </div>
        <div>
          <dt>Where</dt>
          <dd>
            {visitType.modality === 'VIRTUAL' || !clinic ? (
              'Video visit from your browser'
            ) : (
              <>
                {clinic.name}
                <br />
                {clinic.addressLine1}
                {clinic.addressLine2 ? `, ${clinic.addressLine2}` : ''}
                <br />
                {clinic.city}, {clinic.state} {clinic.zip}
              </>
            )}
          </dd>
        </div>
        <div>
          <dt>With</dt>
          <dd>{visit.therapistName ?? 'Your therapist'}</dd>
        </div>
        <div>
          <dt>Price</dt>
          <dd>{formatMoney(visitType.priceCents, visitType.currency)}</dd>
        </div>
        <div>
          <dt>Cancellation</dt>
          <dd>{cancellationPolicy(visitType.freeCancellationHours, visitType.lateCancellationFeeCents, visitType.currency)}</dd>
        </div>
      </dl>
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
          visitType={visitType}
          value={payBy}
          onChange={(v) => {
            setPayBy(v);
            setError('');
          }}
          insurance={insurance}
          onInsurance={setInsurance}
          errors={fieldErrors}
        />
      )}
      <p className="form-error" role="alert">
        {error}
      </p>
      {viewer === 'patient' && !needsIntake && (
        <div className="actions confirm-bar">
          <button type="button" onClick={() => void confirm()} disabled={pending}>
            {pending ? (paid && payBy === 'card' ? 'Opening payment…' : 'Booking…') : buttonLabel}
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
      {viewer === 'patient' && error.startsWith('Your session has ended') && (
        <p>
          <Link href={signInHref}>Sign in again</Link>
        </p>
      )}
    </section>
  );
}

function PaymentChoice({
  visitType,
  value,
  onChange,
  insurance,
  onInsurance,
  errors,
}: {
  visitType: ChosenVisit['visitType'];
  value: PayBy;
  onChange: (value: PayBy) => void;
  insurance: { payer: string; memberId: string };
  onInsurance: (value: { payer: string; memberId: string }) => void;
  errors: { payer?: string; memberId?: string };
}) {
  const id = useId();
  const fee = visitType.lateCancellationFeeCents;
  const price = formatMoney(visitType.priceCents, visitType.currency);
  const refundRule =
    fee > 0 && visitType.freeCancellationHours > 0
      ? `Cancel up to ${visitType.freeCancellationHours} hours before for a full refund; later, or if you miss the visit, ` +
        `we refund ${price} minus the ${formatMoney(fee, visitType.currency)} fee.`
      : 'Cancel any time before the visit for a full refund.';
  const options: { value: PayBy; title: string; details: string }[] = [
    {
      value: 'card',
      title: `Pay ${price} now by card`,
      details: `Secure payment with Stripe. We hold this time for 15 minutes while you pay. ${refundRule}`,
    },
    {
      value: 'insurance',
      title: 'Bill my insurance',
      details:
        'Booked right away; the clinic bills your insurer. ' +
        (fee > 0
          ? `A late cancellation or a missed visit costs ${formatMoney(fee, visitType.currency)}, billed by the clinic.`
          : ''),
    },
  ];
  return (
    <fieldset className="booking-step payment-choice">
      <legend>
        <h3>How would you like to pay?</h3>
      </legend>
      <div className="choice-cards">
        {options.map((o) => (
          <label key={o.value} className="choice-card">
            <input
              type="radio"
              name="payBy"
              value={o.value}
              checked={value === o.value}
              onChange={() => onChange(o.value)}
              aria-labelledby={`${id}-${o.value}-name`}
              aria-describedby={`${id}-${o.value}-details`}
            />
            <span className="choice-body">
              <span id={`${id}-${o.value}-name`} className="choice-title">
                {o.title}
              </span>
              <span id={`${id}-${o.value}-details`} className="choice-details muted">
                {o.details}
              </span>
            </span>
          </label>
        ))}
      </div>
      {value === 'insurance' && (
        <div className="insurance-fields">
          <FormField
            idPrefix={id}
            name="payer"
            label="Insurance company"
            autoComplete="off"
            maxLength={100}
            value={insurance.payer}
            error={errors.payer}
            onChange={(e) => onInsurance({ ...insurance, payer: e.target.value })}
          />
          <FormField
            idPrefix={id}
            name="memberId"
            label="Member ID"
            hint="As printed on your insurance card."
            autoComplete="off"
            maxLength={40}
            value={insurance.memberId}
            error={errors.memberId}
            onChange={(e) => onInsurance({ ...insurance, memberId: e.target.value })}
          />
        </div>
      )}
    </fieldset>
  );
}
