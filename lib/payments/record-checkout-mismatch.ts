// A completed Checkout must have collected exactly what the payment row asks for. Our sessions
// are created with the row's amount, so a difference means the session was altered or is not the
// one we made: the visit is not booked, what Stripe reported is kept on the payment, and the
// practice's admins are emailed to sort it out (refund, or book by hand). The webhook answers 200
// all the same: a retry would carry the same amount, so Stripe retrying would change nothing.
import type { Prisma } from '../db';
import { recordAuditEvent } from '../audit/record-audit-event';
import { enqueue } from '../jobs/enqueue';
import type { PaymentRow } from './find-payment';
import type { Stripe } from './stripe-client';

export function checkoutMatchesPayment(session: Stripe.Checkout.Session, payment: PaymentRow): boolean {
  return (
    session.amount_total === payment.amountCents &&
    typeof session.currency === 'string' &&
    session.currency.toLowerCase() === payment.currency.toLowerCase()
  );
}

export async function recordCheckoutMismatch(
  tx: Prisma.TransactionClient,
  session: Stripe.Checkout.Session,
  payment: PaymentRow,
  scope: { patientId: string; practiceId: string },
  now: Date,
): Promise<void> {
  const reported = { amountCents: session.amount_total ?? null, currency: session.currency ?? null };
  // The first mismatch is kept; a second event for the same payment adds an audit row only.
  const marked = await tx.payment.updateMany({
    where: { id: payment.id, mismatchAt: null },
    data: { mismatchAt: now, mismatchAmountCents: reported.amountCents, mismatchCurrency: reported.currency },
  });
  await recordAuditEvent(
    {
      actorId: null,
      action: 'payment.mismatch',
      entityType: 'Payment',
      entityId: payment.id,
      ...scope,
      data: { sessionId: session.id, expected: { amountCents: payment.amountCents, currency: payment.currency }, reported },
    },
    tx,
  );
  if (marked.count > 0) await enqueue(tx, 'payment.mismatch-alert', { paymentId: payment.id });
}
