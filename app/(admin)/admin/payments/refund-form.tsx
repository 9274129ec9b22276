'use client';

// Refund part or all of what remains of a card payment, with a reason the patient will see.
import { useRouter } from 'next/navigation';
import { useId, useState, type FormEvent } from 'react';
import { api } from '@/app/_components/api-client';
import { formatMoney } from '@/app/_components/format';
import { formText } from '@/app/_components/form-text';

export function RefundForm({
  paymentId,
  remainingCents,
  currency,
  describedBy,
}: {
  paymentId: string;
  remainingCents: number;
  currency: string;
  describedBy: string;
}) {
  const id = useId();
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState('');
  const [error, setError] = useState('');

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const amountText = formText(form, 'amount').trim();
    const reason = formText(form, 'reason').trim();
    const cents = amountText === '' ? undefined : Math.round(Number(amountText) * 100);
    if (cents !== undefined && (!Number.isFinite(cents) || cents <= 0 || cents > remainingCents)) {
      setError(`Enter an amount up to ${formatMoney(remainingCents, currency)}, or leave it empty for all of it.`);
      return;
    }
    if (reason.length < 3) {
      setError('Give a reason for the refund.');
      return;
    }
    setPending(true);
    setError('');
    const res = await api('POST /api/admin/payments/{id}/refunds', {
      params: { id: paymentId },
      body: { reason, ...(cents === undefined ? {} : { amountCents: cents }) },
    });
    setPending(false);
    if (!res.ok) {
      setError(res.message);
      return;
    }
    setMessage(`Refunded ${formatMoney(res.data.amountCents, currency)}.`);
    router.refresh();
  }

  return (
    <form className="refund-form" onSubmit={onSubmit} aria-describedby={describedBy} noValidate>
      <div className="field">
        <label htmlFor={`${id}-amount`}>Refund amount ({currency.toUpperCase()})</label>
        <p id={`${id}-amount-hint`} className="hint">
          Up to {formatMoney(remainingCents, currency)}. Leave empty to refund all of it.
        </p>
        <input id={`${id}-amount`} name="amount" inputMode="decimal" aria-describedby={`${id}-amount-hint`} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-reason`}>Reason</label>
        <input id={`${id}-reason`} name="reason" maxLength={500} required />
      </div>
      <p className="form-error" role="alert">
        {error}
      </p>
      <div role="status">{message && <p className="notice notice-success">{message}</p>}</div>
      <div className="actions">
        <button type="submit" disabled={pending}>
          {pending ? 'Refunding…' : 'Refund'}
        </button>
      </div>
    </form>
  );
}
