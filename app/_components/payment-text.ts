// How a payment reads to the patient, in one line. Shared by server and client components.
import { formatMoney } from './format';

export interface PaymentFacts {
  method: 'CARD' | 'INSURANCE';
  status: 'PENDING' | 'SUCCEEDED' | 'FAILED' | 'EXPIRED' | 'PARTIALLY_REFUNDED' | 'REFUNDED' | 'INSURANCE_CLAIM';
  amountCents: number;
  refundedCents: number;
  currency: string;
  feeCents: number;
  feeReason: 'LATE_CANCELLATION' | 'NO_SHOW' | null;
  insurancePayer: string | null;
}

export const PAYMENT_STATUS_LABEL: Record<PaymentFacts['status'], string> = {
  PENDING: 'Waiting for payment',
  SUCCEEDED: 'Paid',
  FAILED: 'Payment failed',
  EXPIRED: 'Not paid (checkout closed)',
  PARTIALLY_REFUNDED: 'Partly refunded',
  REFUNDED: 'Refunded',
  INSURANCE_CLAIM: 'Billed to insurance',
};

const isPaymentStatus = (status: string): status is PaymentFacts['status'] => Object.hasOwn(PAYMENT_STATUS_LABEL, status);

/** A payment status as the staff read it; one this list does not know yet, as it is stored. */
export const paymentStatusLabel = (status: string): string => (isPaymentStatus(status) ? PAYMENT_STATUS_LABEL[status] : status);

const FEE_LABEL = { LATE_CANCELLATION: 'late-cancellation fee', NO_SHOW: 'missed-visit fee' } as const;

export function paymentLine(p: PaymentFacts): string {
  const money = (cents: number) => formatMoney(cents, p.currency);
  const fee = p.feeReason && p.feeCents > 0 ? FEE_LABEL[p.feeReason] : null;
  switch (p.status) {
    case 'INSURANCE_CLAIM':
      return `Billed to ${p.insurancePayer ?? 'your insurance'}${fee ? `; a ${money(p.feeCents)} ${fee} is owed to the clinic` : ''}.`;
    case 'PENDING':
      return 'Waiting for your payment.';
    case 'FAILED':
    case 'EXPIRED':
      return 'Not paid: the payment was not completed.';
    case 'SUCCEEDED':
      return `Paid ${money(p.amountCents)} by card.`;
    case 'PARTIALLY_REFUNDED':
    case 'REFUNDED':
      return `Paid ${money(p.amountCents)} by card; ${money(p.refundedCents)} refunded${fee ? ` (${money(p.feeCents)} ${fee} kept)` : ''}.`;
  }
}
