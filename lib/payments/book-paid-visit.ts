// Booking a visit that has a price. Card: the time is HELD for 15 minutes with a PENDING payment,
// and the patient is sent to Checkout; only Stripe's signed event confirms it (never the browser's
// return). Insurance: BOOKED at once, with the payer and member id on an INSURANCE_CLAIM payment.
// A free visit books exactly as before.
import { db, type Prisma } from '../db';
import { AppError } from '../errors';
import { recordAuditEvent } from '../audit/record-audit-event';
import { bookAppointment, type BookingRequest } from '../booking/book-appointment';
import type { AppointmentRecord } from '../booking/appointment-view';
import { openCheckout } from './open-checkout';
import { cardPaymentsConfigured } from './stripe-client';
import type { PaymentChoice } from './schemas';

export const CHECKOUT_HOLD_MINUTES = 15;

const summarySelect = { id: true, method: true, status: true, amountCents: true, refundedCents: true, currency: true } as const;
export type PaymentSummary = Prisma.PaymentGetPayload<{ select: typeof summarySelect }>;

export interface PaidBookingResult {
  appointment: AppointmentRecord;
  replayed: boolean;
  payment: PaymentSummary | null;
  checkoutUrl: string | null;
}

function recordPayment(choice: PaymentChoice, actorId: string) {
  return async (tx: Prisma.TransactionClient, a: AppointmentRecord) => {
    const payment = await tx.payment.create({
      data:
        choice.method === 'card'
          ? { appointmentId: a.id, method: 'CARD', status: 'PENDING', amountCents: a.priceCents, currency: a.currency }
          : {
              appointmentId: a.id,
              method: 'INSURANCE',
              status: 'INSURANCE_CLAIM',
              amountCents: a.priceCents,
              currency: a.currency,
              insurancePayer: choice.payer,
              insuranceMemberId: choice.memberId,
            },
    });
    await recordAuditEvent(
      {
        actorId,
        action: choice.method === 'card' ? 'payment.start' : 'payment.insurance_claim',
        entityType: 'Payment',
        entityId: payment.id,
        patientId: a.patientId,
        practiceId: a.therapist.practiceId,
        data: { appointmentId: a.id, amountCents: a.priceCents, currency: a.currency },
      },
      tx,
    );
  };
}

export async function bookPaidVisit(
  req: BookingRequest & { payment?: PaymentChoice },
  now = new Date(),
): Promise<PaidBookingResult> {
  const { payment: choice, ...booking } = req;
  // The price is decided on the visit type the slot check reads anyway (one round trip less); a
  // free visit books exactly as before.
  const { appointment, replayed } = await bookAppointment(
    {
      ...booking,
      prepare: (visitType) => {
        if (visitType.priceCents === 0) return {};
        return {
          holdUntil: holdFor(choice, now),
          withinTransaction: recordPayment(choice!, req.createdById),
        };
      },
    },
    now,
  );
  if (appointment.priceCents === 0) return { appointment, replayed, payment: null, checkoutUrl: null };
  if (!choice) throw new AppError('PAYMENT_REQUIRED'); // a replay of a priced visit, asked without a payment
  const payment = await db().payment.findUnique({ where: { appointmentId: appointment.id }, select: summarySelect });
  if (replayed && payment && payment.method !== (choice.method === 'card' ? 'CARD' : 'INSURANCE')) {
    throw new AppError('IDEMPOTENCY_KEY_REUSED');
  }
  // On a retry this picks the checkout up where it was (or creates it, if the first try failed there).
  const checkoutUrl = payment?.method === 'CARD' ? await openCheckout(payment.id) : null;
  return { appointment, replayed, payment, checkoutUrl };
}

/** A priced visit needs a payment choice: card holds the time for the checkout, insurance books at once. */
function holdFor(choice: PaymentChoice | undefined, now: Date): Date | null {
  if (!choice) throw new AppError('PAYMENT_REQUIRED');
  if (choice.method === 'card' && !cardPaymentsConfigured()) {
    throw new AppError(
      'PAYMENT_PROVIDER_ERROR',
      'Card payment is not set up on this server. Choose to bill your insurance instead.',
    );
  }
  return choice.method === 'card' ? new Date(now.getTime() + CHECKOUT_HOLD_MINUTES * 60_000) : null;
}
