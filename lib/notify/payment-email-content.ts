// What the payment emails say (decision 040, "less in email, more behind sign-in"): enough to
// recognise the money (receipt number, amounts, date, clinic) and a link to the signed-in receipt.
// No visit type, therapist, visit time, refund reason or PDF: an inbox is read and forwarded
// outside our sign-in, and those say what care someone is having. Pure: the senders load the facts.
import { escapeHtml } from './format-visit-time';
import { formatReceiptMoney } from '../payments/receipt';

export interface PaymentEmail {
  subject: string;
  text: string;
  html: string;
}

export interface ReceiptEmailFacts {
  patientName: string;
  receiptNumber: string | null;
  amountCents: number;
  currency: string;
  paidAt: Date;
  /** The patient's zone, for the date paid. */
  timeZone: string;
  practiceName: string;
  /** The clinic on the receipt (for a video visit, the practice's first clinic). */
  clinicName: string;
  receiptUrl: string;
}

export interface RefundEmailFacts {
  patientName: string;
  practiceName: string;
  receiptNumber: string | null;
  currency: string;
  /** This refund. */
  refundCents: number;
  /** The payment, and all refunded of it so far (this refund included). */
  paidCents: number;
  refundedCents: number;
  receiptUrl: string;
}

/** "December 5, 2026" in the reader's zone. */
export function formatPaidDate(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-US', { timeZone, month: 'long', day: 'numeric', year: 'numeric' }).format(instant);
}

const PRIVACY_NOTE =
  'For your privacy, this email leaves out the details of your visit; the receipt shows them once you sign in.';

function toHtml(paragraphs: string[], url: string): string {
  const link = `<a href="${escapeHtml(url)}">${escapeHtml(url)}</a>`;
  return paragraphs.map((p) => `<p>${escapeHtml(p).replaceAll('\n', '<br>').replace(escapeHtml(url), link)}</p>`).join('');
}

function mail(subject: string, paragraphs: string[], url: string): PaymentEmail {
  return { subject, text: `${paragraphs.join('\n\n')}\n`, html: toHtml(paragraphs, url) };
}

export function receiptEmail(f: ReceiptEmailFacts): PaymentEmail {
  const number = f.receiptNumber ?? '—';
  return mail(
    `Your receipt ${number} from ${f.practiceName}`,
    [
      `Hello ${f.patientName},`,
      `Thank you: we received your payment to ${f.practiceName}.`,
      [
        `Receipt no.: ${number}`,
        `Amount paid: ${formatReceiptMoney(f.amountCents, f.currency)}`,
        `Date paid: ${formatPaidDate(f.paidAt, f.timeZone)}`,
        `Clinic: ${f.clinicName}`,
      ].join('\n'),
      `Sign in to see, print or download your receipt (PDF):\n${f.receiptUrl}`,
      PRIVACY_NOTE,
    ],
    f.receiptUrl,
  );
}

export function refundEmail(f: RefundEmailFacts): PaymentEmail {
  const money = (c: number) => formatReceiptMoney(c, f.currency);
  const remaining = f.paidCents - f.refundedCents;
  return mail(
    `Refund of ${money(f.refundCents)} from ${f.practiceName}`,
    [
      `Hello ${f.patientName},`,
      `${f.practiceName} has refunded ${money(f.refundCents)} to your card. It usually shows within 5–10 business days.`,
      `You paid ${money(f.paidCents)} (receipt no. ${f.receiptNumber ?? '—'}); ${money(f.refundedCents)} of it has been refunded in all, ` +
        (remaining > 0 ? `and ${money(remaining)} remains paid.` : 'so nothing of it remains paid.'),
      `Sign in to see your receipt with every refund:\n${f.receiptUrl}`,
      PRIVACY_NOTE,
    ],
    f.receiptUrl,
  );
}
