'use client';

// "Pay" and "Cancel payment" on the local test-payment page: the server posts the signed Stripe
// event to the webhook endpoint and answers where Stripe would send the browser next.
import { useEffect, useState } from 'react';
import { api } from '@/app/_components/api-client';

export function TestCheckoutActions({ sessionId, amount }: { sessionId: string; amount: string }) {
  const [pending, setPending] = useState<null | 'pay' | 'cancel'>(null);
  const [error, setError] = useState('');
  // The buttons work once the page is interactive; until then they say so instead of eating a click.
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);

  async function finish(outcome: 'pay' | 'cancel') {
    setPending(outcome);
    setError('');
    const res = await api('POST /api/test-checkouts/{sessionId}', {
      params: { sessionId },
      body: { outcome },
    });
    if (res.ok) {
      window.location.assign(res.data.redirectUrl);
      return;
    }
    setPending(null);
    setError(res.message);
  }

  return (
    <>
      <p className="form-error" role="alert">
        {error}
      </p>
      <div className="actions">
        <button type="button" onClick={() => void finish('pay')} disabled={!ready || pending !== null}>
          {pending === 'pay' ? 'Paying…' : `Pay ${amount} (test)`}
        </button>
        <button
          type="button"
          className="button-secondary"
          onClick={() => void finish('cancel')}
          disabled={!ready || pending !== null}
        >
          {pending === 'cancel' ? 'Cancelling…' : 'Cancel payment'}
        </button>
      </div>
    </>
  );
}
