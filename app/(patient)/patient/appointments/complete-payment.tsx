'use client';

// Back to Checkout for a visit still held for payment (the same session, not a new one).
import { useState } from 'react';
import { api } from '@/app/_components/api-client';

export function CompletePayment({ paymentId, describedBy }: { paymentId: string; describedBy: string }) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState('');

  async function go() {
    setPending(true);
    setError('');
    const res = await api('POST /api/payments/{id}/checkout', { params: { id: paymentId } });
    if (res.ok && res.data.checkoutUrl) {
      window.location.assign(res.data.checkoutUrl);
      return;
    }
    setPending(false);
    setError(res.ok ? 'This time is no longer held for payment. Please book it again.' : res.message);
  }

  return (
    <div className="appointment-actions">
      <p className="form-error" role="alert">
        {error}
      </p>
      <div className="actions">
        <button type="button" aria-describedby={describedBy} onClick={() => void go()} disabled={pending}>
          {pending ? 'Opening payment…' : 'Complete payment'}
        </button>
      </div>
    </div>
  );
}
