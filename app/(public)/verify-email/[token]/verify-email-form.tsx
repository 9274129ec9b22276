'use client';

// One button that spends the link. Afterwards the patient goes back to the booking they were
// confirming (remembered in this browser, or named in the link), else is shown where to go next.
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useRef, useState } from 'react';
import { api } from '@/app/_components/api-client';
import { takePendingBooking } from '@/app/_components/email-verification/pending-booking';

export function VerifyEmailForm({ token, next }: { token: string; next: string | null }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState('');
  const [verified, setVerified] = useState<string | null>(null);
  const doneRef = useRef<HTMLParagraphElement>(null);

  async function verify() {
    setPending(true);
    setMessage('');
    const res = await api('POST /api/email-verification', { body: { token } });
    if (!res.ok) {
      setPending(false);
      setMessage(res.message);
      return;
    }
    const back = takePendingBooking() ?? next;
    if (back) {
      router.replace(back);
      return;
    }
    setVerified(res.data.email);
    requestAnimationFrame(() => doneRef.current?.focus());
  }

  if (verified) {
    return (
      <p ref={doneRef} tabIndex={-1} className="notice notice-success" role="status">
        Thank you: <strong>{verified}</strong> is verified. <Link href="/book">Book a visit</Link> or go to{' '}
        <Link href="/patient">your dashboard</Link>.
      </p>
    );
  }
  return (
    <div className="stack">
      <p className="form-error" role="alert">
        {message}
      </p>
      <div className="actions">
        <button type="button" onClick={() => void verify()} disabled={pending}>
          {pending ? 'Verifying…' : 'Verify my email'}
        </button>
      </div>
    </div>
  );
}
