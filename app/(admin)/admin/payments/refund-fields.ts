// The refund form's fields → the request body, checked by the route's own schema (decision 034),
// with the one rule only this form knows: never more than what remains of this payment.
import { refundInput } from '@/lib/payments/schemas';

export interface RefundFields {
  amount: string;
  reason: string;
}

/** "12", "12.5", "12.50", "$1,012.50" → cents; anything else (or more than two decimals) → NaN. */
export function centsOf(text: string): number {
  const plain = text.trim().replace(/^\$/, '').replaceAll(',', '');
  if (!/^\d+(\.\d{1,2})?$/.test(plain)) return Number.NaN;
  const [whole, fraction = ''] = plain.split('.');
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
}

export function refundBody(fields: RefundFields) {
  return { amountCents: centsOf(fields.amount), reason: fields.reason };
}

/** The amount is required here: an empty field is never "everything" without saying so. */
export function refundFormSchema(remainingCents: number) {
  return refundInput.required({ amountCents: true }).refine((b) => b.amountCents <= remainingCents, {
    path: ['amountCents'],
    message: 'is more than remains',
  });
}
