'use client';

// Refund part or all of what remains of a card payment, with a reason the patient will see. The
// amount is always typed (or filled in by "Refund all"); the admin then confirms what will happen
// ("Refund $20.00 … $55.00 will remain") before anything is sent. Each confirmation gets its own
// Idempotency-Key when it is shown: a double click, or pressing Confirm again after no answer or a
// failure on our side, sends the same key, and the server answers the refund already made
// (decision 048). Changing the refund (or a refusal) starts a new confirmation with a new key.
import { useRouter } from 'next/navigation';
import { useEffect, useId, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { api } from '@/app/_components/api-client';
import { formatMoney } from '@/app/_components/format';
import { newIdempotencyKey } from '@/app/_components/idempotency-key';
import { apiSchemaResolver } from '@/app/_components/forms/api-schema-resolver';
import { fieldMessages } from '@/app/_components/forms/field-errors';
import { refundBody, refundFormSchema, type RefundFields } from './refund-fields';

type RefundBody = z.output<ReturnType<typeof refundFormSchema>>;
/** What the admin is asked to confirm, and the key every send of that confirmation carries. */
type Review = RefundBody & { idempotencyKey: string };

export function RefundForm({
  paymentId,
  patientName,
  remainingCents,
  currency,
  describedBy,
}: {
  paymentId: string;
  patientName: string;
  remainingCents: number;
  currency: string;
  describedBy: string;
}) {
  const id = useId();
  const router = useRouter();
  const money = (cents: number) => formatMoney(cents, currency);
  const [review, setReview] = useState<Review | null>(null);
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState('');
  const [error, setError] = useState('');
  const confirmRef = useRef<HTMLDivElement>(null);
  const { register, handleSubmit, setValue, setFocus, formState } = useForm<RefundFields, unknown, RefundBody>({
    resolver: apiSchemaResolver(refundBody, refundFormSchema(remainingCents)),
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
    defaultValues: { amount: '', reason: '' },
  });
  const errors = fieldMessages(formState.errors, {
    amountCents: (p) =>
      p.message === 'is more than remains'
        ? `At most ${money(remainingCents)} remains to refund.`
        : `Enter the amount to refund, in dollars and cents, up to ${money(remainingCents)}.`,
    reason: 'Give a reason for the refund (the patient sees it).',
  });

  useEffect(() => {
    if (review) confirmRef.current?.focus();
  }, [review]);

  async function confirm() {
    if (!review) return;
    const { idempotencyKey, ...body } = review;
    setPending(true);
    setError('');
    const res = await api('POST /api/admin/payments/{id}/refunds', {
      params: { id: paymentId },
      body,
      headers: { 'Idempotency-Key': idempotencyKey },
    });
    setPending(false);
    if (!res.ok) {
      // No answer, or a failure on our side: the refund may have been made. The confirmation
      // stays, with its key, so pressing Confirm again cannot refund twice.
      if (res.status === 0 || res.status >= 500) {
        setError(`${res.message} Pressing “Confirm” again will not refund twice.`);
        return;
      }
      setReview(null);
      setError(res.message);
      return;
    }
    setReview(null);
    setMessage(`Refunded ${money(res.data.amountCents)}. ${patientName} is being emailed.`);
    setValue('amount', '');
    setValue('reason', '');
    router.refresh();
  }

  function back() {
    setReview(null);
    setFocus('amount');
  }

  const amountError = errors.amountCents;
  const reasonError = errors.reason;
  return (
    <form
      className="refund-form"
      onSubmit={handleSubmit((body) => {
        setMessage('');
        setError('');
        setReview({ ...body, idempotencyKey: newIdempotencyKey() });
      })}
      aria-describedby={describedBy}
      noValidate
    >
      <div className="field">
        <label htmlFor={`${id}-amount`}>Refund amount ({currency.toUpperCase()})</label>
        <p id={`${id}-amount-hint`} className="hint">
          Up to {money(remainingCents)}, the part not yet refunded.
        </p>
        <input
          id={`${id}-amount`}
          inputMode="decimal"
          autoComplete="off"
          aria-describedby={`${id}-amount-hint${amountError ? ` ${id}-amount-error` : ''}`}
          aria-invalid={amountError ? true : undefined}
          disabled={review !== null}
          {...register('amount')}
        />
        {amountError && (
          <p id={`${id}-amount-error`} className="field-error">
            {amountError}
          </p>
        )}
        <button
          type="button"
          className="button-secondary"
          disabled={review !== null}
          onClick={() => setValue('amount', (remainingCents / 100).toFixed(2))}
        >
          Fill in the full {money(remainingCents)}
        </button>
      </div>
      <div className="field">
        <label htmlFor={`${id}-reason`}>Reason (the patient sees it)</label>
        <input
          id={`${id}-reason`}
          maxLength={500}
          aria-describedby={reasonError ? `${id}-reason-error` : undefined}
          aria-invalid={reasonError ? true : undefined}
          disabled={review !== null}
          {...register('reason')}
        />
        {reasonError && (
          <p id={`${id}-reason-error`} className="field-error">
            {reasonError}
          </p>
        )}
      </div>
      {review ? (
        <div ref={confirmRef} tabIndex={-1} className="notice" role="group" aria-labelledby={`${id}-confirm`}>
          <p id={`${id}-confirm`}>
            <strong>
              {review.amountCents === remainingCents
                ? `Full refund of ${money(review.amountCents)}`
                : `Refund ${money(review.amountCents)} of ${money(remainingCents)}`}
            </strong>{' '}
            to {patientName}&rsquo;s card?{' '}
            {review.amountCents === remainingCents
              ? 'Nothing of this payment will remain.'
              : `${money(remainingCents - review.amountCents)} will remain paid.`}
          </p>
          <div className="actions">
            <button type="button" onClick={confirm} disabled={pending}>
              {pending ? 'Refunding…' : `Confirm refund of ${money(review.amountCents)}`}
            </button>
            <button type="button" className="button-secondary" onClick={back} disabled={pending}>
              Change
            </button>
          </div>
        </div>
      ) : (
        <div className="actions">
          <button type="submit">Review refund</button>
        </div>
      )}
      <p className="form-error" role="alert">
        {error}
      </p>
      <div role="status">{message && <p className="notice notice-success">{message}</p>}</div>
    </form>
  );
}
