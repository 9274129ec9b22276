'use client';

// The last step: what, when, where, with whom, the price and the cancellation policy, then one
// POST. A retry of the same attempt (after a network error or a 5xx) reuses its Idempotency-Key,
// so a booking that did go through is answered with the same appointment instead of a second one.
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useRef, useState, type Ref } from 'react';
import { apiRequest } from '@/app/_components/api-client';
import { cancellationPolicy, formatMoney } from '@/app/_components/format';
import { formatDateTime, useViewerZone } from '@/app/_components/local-time';
import type { BookableClinic, BookableVisitType } from './booking-steps';

export type BookingViewer = 'patient' | 'signed-out' | 'other-role';

export interface ChosenVisit {
  visitType: BookableVisitType;
  clinic: BookableClinic | null;
  therapistId: string;
  therapistName: string | null;
  start: string;
}

function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

interface Props {
  visit: ChosenVisit;
  viewer: BookingViewer;
  /** Where "Sign in to book" should bring the visitor back to. */
  returnTo: string;
  /** The time was taken by someone else: pick another. */
  onSlotTaken: () => void;
  /** Any other refusal: the week view should be fetched again. */
  onRefused: () => void;
  /** The heading, focused when a time is picked so keyboard users land on this step. */
  headingRef?: Ref<HTMLHeadingElement>;
}

export function ConfirmBooking({ visit, viewer, returnTo, onSlotTaken, onRefused, headingRef }: Props) {
  const router = useRouter();
  const zone = useViewerZone();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState('');
  const attempt = useRef<{ signature: string; key: string } | null>(null);
  const { visitType, clinic } = visit;

  async function confirm() {
    const body = {
      visitTypeId: visitType.id, therapistId: visit.therapistId, start: visit.start,
      ...(visitType.modality === 'IN_CLINIC' && clinic ? { clinicId: clinic.id } : {}),
    };
    const signature = JSON.stringify(body);
    if (attempt.current?.signature !== signature) attempt.current = { signature, key: newIdempotencyKey() };
    setPending(true);
    setError('');
    const res = await apiRequest<{ id: string }>('/api/appointments', {
      method: 'POST', body, headers: { 'Idempotency-Key': attempt.current.key },
    });
    if (res.ok) {
      router.push(`/patient/appointments?booked=${encodeURIComponent(res.data.id)}`);
      return;
    }
    setPending(false);
    // No answer, or a failure on our side: the same attempt may be retried with the same key.
    if (res.status === 0 || res.status >= 500) {
      setError(`${res.message} Pressing “Confirm booking” again will not book twice.`);
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

  const when = zone ? `${formatDateTime(visit.start)} (${zone})` : `${formatDateTime(visit.start, 'UTC')} (UTC)`;
  const signInHref = `/signin?callbackUrl=${encodeURIComponent(returnTo)}`;

  return (
    <section className="booking-step card confirm-panel" aria-labelledby="confirm-heading">
      <h2 id="confirm-heading" ref={headingRef} tabIndex={-1}>Confirm your visit</h2>
      <dl className="details">
        <div><dt>What</dt><dd>{visitType.name} ({visitType.durationMinutes} min)</dd></div>
        <div><dt>When</dt><dd>{when}</dd></div>
        <div>
          <dt>Where</dt>
          <dd>
            {visitType.modality === 'VIRTUAL' || !clinic ? 'Video visit from your browser' : (
              <>
                {clinic.name}<br />
                {clinic.addressLine1}{clinic.addressLine2 ? `, ${clinic.addressLine2}` : ''}<br />
                {clinic.city}, {clinic.state} {clinic.zip}
              </>
            )}
          </dd>
        </div>
        <div><dt>With</dt><dd>{visit.therapistName ?? 'Your therapist'}</dd></div>
        <div><dt>Price</dt><dd>{formatMoney(visitType.priceCents, visitType.currency)}</dd></div>
        <div>
          <dt>Cancellation</dt>
          <dd>{cancellationPolicy(visitType.freeCancellationHours, visitType.lateCancellationFeeCents, visitType.currency)}</dd>
        </div>
      </dl>
      <p className="form-error" role="alert">{error}</p>
      {viewer === 'patient' && (
        <div className="actions">
          <button type="button" onClick={() => void confirm()} disabled={pending}>
            {pending ? 'Booking…' : 'Confirm booking'}
          </button>
        </div>
      )}
      {viewer === 'signed-out' && (
        <>
          <p className="muted">You will come straight back here after signing in.</p>
          <div className="actions">
            <Link href={signInHref} className="button">Sign in to book</Link>
            <Link href="/signup" className="button button-secondary">Create an account</Link>
          </div>
        </>
      )}
      {viewer === 'other-role' && (
        <p className="notice">Visits are booked from a patient account. Sign out and sign in as the patient to book.</p>
      )}
      {viewer === 'patient' && error.startsWith('Your session has ended') && (
        <p><Link href={signInHref}>Sign in again</Link></p>
      )}
    </section>
  );
}
