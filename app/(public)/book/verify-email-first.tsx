'use client';

// The booking waits for a verified email (decision 045). Nothing was booked or held; the choices
// stay in the URL, and this path is remembered so the emailed link brings the patient back here.
import { useEffect, useRef } from 'react';
import { rememberPendingBooking } from '@/app/_components/email-verification/pending-booking';
import { ResendVerification } from '@/app/_components/email-verification/resend-verification';

export function VerifyEmailFirst({ returnTo }: { returnTo: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    rememberPendingBooking(returnTo);
    ref.current?.focus();
  }, [returnTo]);
  return (
    <div ref={ref} tabIndex={-1} className="notice verify-email-first">
      <p role="alert">
        <strong>Check your email to verify your address; your choices are kept.</strong> We sent you a link when you signed up.
        Open it and you will come straight back here to confirm this visit. The time is not held until then.
      </p>
      <ResendVerification returnTo={returnTo} signInReturn={returnTo} />
    </div>
  );
}
