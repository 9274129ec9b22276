// Which of our payments a Stripe object is about. Sessions are found by id (stored when created),
// or by the paymentId we put in their metadata if that write was lost; charges and refunds by the
// payment intent, which we learn from the completed session.
import type { Prisma } from '../db';
import type { Stripe } from './stripe-client';

export const paymentRowSelect = {
  id: true,
  appointmentId: true,
  method: true,
  status: true,
  amountCents: true,
  refundedCents: true,
  currency: true,
  stripeCheckoutSessionId: true,
  stripePaymentIntentId: true,
} satisfies Prisma.PaymentSelect;
export type PaymentRow = Prisma.PaymentGetPayload<{ select: typeof paymentRowSelect }>;

export async function paymentForSession(
  tx: Prisma.TransactionClient,
  session: Stripe.Checkout.Session,
): Promise<PaymentRow | null> {
  const bySession = await tx.payment.findUnique({ where: { stripeCheckoutSessionId: session.id }, select: paymentRowSelect });
  if (bySession) return bySession;
  const paymentId = session.metadata?.paymentId;
  if (!paymentId) return null;
  const byMetadata = await tx.payment.findUnique({ where: { id: paymentId }, select: paymentRowSelect });
  if (!byMetadata || byMetadata.method !== 'CARD') return null;
  if (byMetadata.stripeCheckoutSessionId && byMetadata.stripeCheckoutSessionId !== session.id) return null;
  return byMetadata;
}

export function idOf(ref: string | { id: string } | null | undefined): string | null {
  if (!ref) return null;
  return typeof ref === 'string' ? ref : ref.id;
}

export async function paymentForIntent(tx: Prisma.TransactionClient, paymentIntent: string | { id: string } | null | undefined) {
  const id = idOf(paymentIntent);
  return id ? tx.payment.findUnique({ where: { stripePaymentIntentId: id }, select: paymentRowSelect }) : null;
}

/** Locks the appointment row: every path that changes an appointment and its payment locks the appointment first. */
export async function lockAppointment(tx: Prisma.TransactionClient, appointmentId: string) {
  const [row] = await tx.$queryRaw<{ id: string; status: string; cancelled_by_id: string | null; starts_at: Date }[]>`
    SELECT id, status::text AS status, cancelled_by_id, starts_at FROM appointments WHERE id = ${appointmentId} FOR UPDATE`;
  if (!row) throw new Error(`Appointment ${appointmentId} of a payment does not exist.`);
  return {
    id: row.id,
    status: row.status as 'HELD' | 'BOOKED' | 'COMPLETED' | 'NO_SHOW' | 'CANCELLED',
    cancelledById: row.cancelled_by_id,
    startsAt: row.starts_at,
  };
}
