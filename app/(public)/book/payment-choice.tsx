// How the patient pays for a visit with a price: by card now (Checkout), or by insurance (booked at
// once, the clinic bills the insurer). The fields are registered with the confirm step's form.
import { useId } from 'react';
import type { UseFormRegister } from 'react-hook-form';
import { z } from 'zod';
import { formatMoney } from '@/app/_components/format';
import { FormField } from '@/app/_components/form-field';
import { paidBookingInput } from '@/lib/payments/schemas';
import type { BookableVisitType } from './booking-steps';

export type PayBy = 'card' | 'insurance';

/**
 * The confirm step's form: the fields as filled in, then checked by the server's own `payment`
 * schema (card needs nothing more; insurance needs the payer and the member ID). A free visit has none.
 */
export const paymentForm = z
  .object({
    payment: z.object({ method: z.enum(['card', 'insurance']), payer: z.string(), memberId: z.string() }).optional(),
  })
  .transform(({ payment }) =>
    !payment ? {} : { payment: payment.method === 'card' ? { method: payment.method } : { ...payment, method: payment.method } },
  )
  .pipe(paidBookingInput.pick({ payment: true }));
export type PaymentFields = z.input<typeof paymentForm>;

export function PaymentChoice({
  visitType,
  register,
  method,
  onMethodChange,
  errors,
}: {
  visitType: BookableVisitType;
  register: UseFormRegister<PaymentFields>;
  method: PayBy;
  onMethodChange: () => void;
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
              value={o.value}
              {...register('payment.method', { onChange: onMethodChange })}
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
      {method === 'insurance' && (
        <div className="insurance-fields">
          <FormField
            idPrefix={id}
            label="Insurance company"
            autoComplete="off"
            maxLength={100}
            error={errors.payer}
            {...register('payment.payer')}
          />
          <FormField
            idPrefix={id}
            label="Member ID"
            hint="As printed on your insurance card."
            autoComplete="off"
            maxLength={40}
            error={errors.memberId}
            {...register('payment.memberId')}
          />
        </div>
      )}
    </fieldset>
  );
}
