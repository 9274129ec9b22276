'use client';

// Under the day-and-time step: ask to be told about an earlier opening with the same visit type,
// therapist (or anyone, for "first available") and clinic. The waitlist holds a freed time for
// 15 minutes and emails a link to take it.
import Link from 'next/link';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { api } from '@/app/_components/api-client';
import { dateKey } from '@/app/_components/calendar-dates';
import type { BookingViewer } from './confirm-booking';

const DEFAULT_DAYS = 14;

/** The instant the local day `YYYY-MM-DD` ends in the browser's (the viewer's) zone. */
function endOfLocalDay(value: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]) - 1, Number(m[3])];
  if (dateKey(new Date(y, mo, d)) !== value) return null;
  return new Date(y, mo, d + 1);
}

function daysFromToday(days: number): string {
  const now = new Date();
  return dateKey(new Date(now.getFullYear(), now.getMonth(), now.getDate() + days));
}

export function JoinWaitlist({
  visitTypeId,
  therapistId,
  clinicId,
  patientState = null,
  viewer,
  returnTo,
}: {
  visitTypeId: string;
  /** Null for "first available": anyone who can take the visit. */
  therapistId: string | null;
  /** The clinic, for an in-clinic visit. */
  clinicId: string | null;
  /** Video visits: the patient's state (offers come only from therapists licensed there). */
  patientState?: string | null;
  viewer: BookingViewer;
  /** Where "Sign in to join the waitlist" should bring the visitor back to. */
  returnTo: string;
}) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [until, setUntil] = useState(() => daysFromToday(DEFAULT_DAYS));
  const [pending, setPending] = useState(false);
  const [error, setError] = useState('');
  const [joined, setJoined] = useState(false);
  const successRef = useRef<HTMLParagraphElement>(null);
  const panelId = `${id}-panel`;

  // The form (and its button) is gone once joined: put focus on the outcome.
  useEffect(() => {
    if (joined) successRef.current?.focus();
  }, [joined]);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const now = new Date();
    const latest = endOfLocalDay(until);
    if (!latest || latest <= now) {
      setError('Choose a date from today on.');
      return;
    }
    setPending(true);
    setError('');
    const res = await api('POST /api/waitlist', {
      body: {
        visitTypeId,
        earliest: now.toISOString(),
        latest: latest.toISOString(),
        ...(therapistId ? { therapistId } : {}),
        ...(clinicId ? { clinicId } : {}),
        ...(patientState ? { patientState } : {}),
      },
    });
    setPending(false);
    if (res.ok) {
      setJoined(true);
      return;
    }
    setError(res.status === 401 ? 'Your session has ended. Sign in again to join the waitlist.' : res.message);
  }

  return (
    <div className="booking-step">
      <button
        id={`${id}-toggle`}
        type="button"
        className="button-secondary"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => setOpen(!open)}
      >
        No time that suits you? Join the waitlist
      </button>
      {open && (
        <div id={panelId} className="inline-panel">
          <div role="status">
            {joined && (
              <p ref={successRef} tabIndex={-1} className="notice notice-success">
                You&rsquo;re on the waitlist. If an earlier time opens, we&rsquo;ll email you and hold it for 15 minutes.
              </p>
            )}
          </div>
          {!joined && viewer === 'patient' && (
            <form className="form" onSubmit={onSubmit} aria-labelledby={`${id}-toggle`} noValidate>
              <div className="field">
                <label htmlFor={`${id}-until`}>Tell me about an earlier opening until</label>
                <input
                  id={`${id}-until`}
                  type="date"
                  name="until"
                  value={until}
                  min={daysFromToday(0)}
                  required
                  onChange={(e) => setUntil(e.target.value)}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? `${id}-error` : undefined}
                />
              </div>
              <p id={`${id}-error`} className="form-error" role="alert">
                {error}
              </p>
              {error.startsWith('Your session has ended') && (
                <p>
                  <Link href={`/signin?callbackUrl=${encodeURIComponent(returnTo)}`}>Sign in again</Link>
                </p>
              )}
              <div className="actions">
                <button type="submit" disabled={pending}>
                  {pending ? 'Adding you…' : 'Add me to the waitlist'}
                </button>
              </div>
            </form>
          )}
          {viewer === 'signed-out' && (
            <p>
              <Link href={`/signin?callbackUrl=${encodeURIComponent(returnTo)}`}>Sign in to join the waitlist</Link>
            </p>
          )}
          {viewer === 'other-role' && (
            <p className="notice">The waitlist is for patient accounts. Sign in as the patient to join it.</p>
          )}
        </div>
      )}
    </div>
  );
}
