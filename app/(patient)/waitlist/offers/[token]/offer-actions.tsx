'use client';

// The interactive half of a waitlist offer: when the hold ends, in the viewer's zone, and the one
// button that takes the time.
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';
import { api } from '@/app/_components/api-client';
import { useViewerZone } from '@/app/_components/local-time';

/** Said on arrival (the page knows) and after a refused attempt (announced, and focused). */
export function OfferExpired({ announce = false }: { announce?: boolean }) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (announce) ref.current?.focus();
  }, [announce]);
  return (
    <div role={announce ? 'alert' : undefined}>
      <p ref={ref} tabIndex={announce ? -1 : undefined} className="notice">
        This offer has expired; the time was offered to the next person.
      </p>
      <p>
        <Link href="/book">Find another time</Link>
      </p>
    </div>
  );
}

/** "3:45 PM" in the viewer's zone (UTC, marked, until the browser takes over). */
export function HeldUntil({ iso }: { iso: string }) {
  const zone = useViewerZone();
  const text = new Intl.DateTimeFormat('en-US', {
    hour: 'numeric',
    minute: '2-digit',
    ...(zone ? {} : { timeZone: 'UTC', timeZoneName: 'short' }),
  }).format(new Date(iso));
  return <time dateTime={iso}>{text}</time>;
}

export function AcceptOffer({ token, returnTo }: { token: string; returnTo: string }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState('');
  const [expired, setExpired] = useState(false);
  const [sessionEnded, setSessionEnded] = useState(false);

  async function accept() {
    setPending(true);
    setError('');
    const res = await api('POST /api/waitlist/offers/{token}/accept', { params: { token } });
    if (res.ok) {
      // A paid visit is booked once the payment goes through.
      if (res.data.checkoutUrl) window.location.assign(res.data.checkoutUrl);
      else router.push(`/patient/appointments?booked=${encodeURIComponent(res.data.id)}`);
      return;
    }
    setPending(false);
    if (res.code === 'OFFER_EXPIRED') {
      setExpired(true);
      return;
    }
    setSessionEnded(res.status === 401);
    setError(res.status === 401 ? 'Your session has ended. Sign in again to take this time.' : res.message);
  }

  // The button is gone: the message takes focus.
  if (expired) return <OfferExpired announce />;

  return (
    <>
      <p className="form-error" role="alert">
        {error}
      </p>
      {sessionEnded && (
        <p>
          <Link href={`/signin?callbackUrl=${encodeURIComponent(returnTo)}`}>Sign in again</Link>
        </p>
      )}
      <div className="actions">
        <button type="button" onClick={() => void accept()} disabled={pending}>
          {pending ? 'Booking…' : 'Book this time'}
        </button>
      </div>
    </>
  );
}
