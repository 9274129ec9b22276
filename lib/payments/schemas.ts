import { z } from 'zod';
import { appointmentOutput, bookInput } from '../booking/schemas';

const id = z.string().min(1).max(40);

/** How the patient pays for a visit with a price. The amount is never part of it: it comes from the visit type. */
export const paymentChoice = z.discriminatedUnion('method', [
  z.object({ method: z.literal('card') }),
  z.object({
    method: z.literal('insurance'),
    payer: z.string().trim().min(2, 'is required').max(100),
    memberId: z
      .string()
      .trim()
      .min(3, 'is required')
      .max(40)
      .regex(/^[\w -]+$/, 'may hold letters, digits, spaces and dashes'),
  }),
]);
export type PaymentChoice = z.infer<typeof paymentChoice>;

export const paidBookingInput = bookInput.extend({
  /** Required when the visit type has a price; ignored for a free visit. */
  payment: paymentChoice.optional(),
});

const paymentStatus = z.enum(['PENDING', 'SUCCEEDED', 'FAILED', 'EXPIRED', 'PARTIALLY_REFUNDED', 'REFUNDED', 'INSURANCE_CLAIM']);

export const paymentSummary = z.object({
  id: z.string(),
  method: z.enum(['CARD', 'INSURANCE']),
  status: paymentStatus,
  amountCents: z.number(),
  refundedCents: z.number(),
  currency: z.string(),
});

/** How a visit booked by the staff is paid: billed by the clinic, or the patient's insurer (no card at the desk). */
export const staffPaymentChoice = z.discriminatedUnion('method', [
  z.object({ method: z.literal('clinic') }),
  paymentChoice.options[1],
]);
export type StaffPaymentChoice = z.infer<typeof staffPaymentChoice>;

/** POST /api/staff/appointments: a visit for a patient, into a therapist's calendar. */
export const staffBookingInput = bookInput.extend({
  patientId: id,
  payment: staffPaymentChoice,
});

export const paidBookingOutput = appointmentOutput.extend({
  payment: paymentSummary.nullable(),
  /** Where to send the patient to pay (Stripe Checkout, or the local test page); null when nothing is to be paid online. */
  checkoutUrl: z.string().nullable(),
});

export const staffBookingOutput = appointmentOutput.extend({ payment: paymentSummary.nullable() });

export const refundOutput = z.object({
  id: z.string(),
  amountCents: z.number(),
  reason: z.string(),
  /** Whether Stripe has the refund yet (it is requested in the background when not). */
  sentToStripe: z.boolean(),
  createdAt: z.string(),
});

export const paymentOutput = paymentSummary.extend({
  /** "HARBOR-PT-000042": per practice, given when the payment succeeds (or the claim is recorded); decision 040. */
  receiptNumber: z.string().nullable(),
  feeCents: z.number(),
  feeReason: z.enum(['LATE_CANCELLATION', 'NO_SHOW']).nullable(),
  insurancePayer: z.string().nullable(),
  insuranceMemberId: z.string().nullable(),
  paidAt: z.string().nullable(),
  createdAt: z.string(),
  appointment: z.object({
    id: z.string(),
    start: z.string(),
    status: z.enum(['HELD', 'BOOKED', 'COMPLETED', 'NO_SHOW', 'CANCELLED']),
    visitTypeName: z.string(),
    therapistName: z.string(),
  }),
  refunds: z.array(refundOutput),
});
export type PaymentView = z.infer<typeof paymentOutput>;

export const adminPaymentOutput = paymentOutput.extend({
  patient: z.object({ id: z.string(), name: z.string(), email: z.string() }),
  practiceId: z.string(),
  /** Stripe reported a completed Checkout for another amount or currency: nothing was booked from it. */
  mismatch: z.object({ at: z.string(), amountCents: z.number().nullable(), currency: z.string().nullable() }).nullable(),
});
export type AdminPaymentView = z.infer<typeof adminPaymentOutput>;

export const PAYMENTS_PAGE_SIZE = 25;
export const OWN_PAYMENTS_PAGE_SIZE = 20;

/** GET /api/payments and the patient's page: 20 a page, newest first. */
export const ownPaymentsQuery = z.object({
  /** 1-based. Left out: the first page. */
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});

/**
 * A patient's name or email, or part of it. % _ and \ are LIKE's wildcards and escape: refused (as
 * GET /api/staff/patients does), so "%" cannot match everyone.
 */
export const patientSearchText = z
  .string()
  .trim()
  .min(2, 'must be at least 2 characters')
  .max(100)
  .regex(/^[^%_\\\p{Cc}]*$/u, 'may not contain % _ \\ or control characters');

export const adminPaymentsQuery = z.object({
  /** Only the payments of patients whose name or email contains this. */
  patient: patientSearchText.optional(),
  status: paymentStatus.optional(),
  method: z.enum(['CARD', 'INSURANCE']).optional(),
  /** 1-based; newest payments first. Left out: the first page. */
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  /** Payments per page, 25 when left out, at most 100. */
  pageSize: z.coerce.number().int().min(1).max(100).default(PAYMENTS_PAGE_SIZE),
});
export type AdminPaymentsQuery = z.input<typeof adminPaymentsQuery>;

export const refundInput = z.object({
  /** Leave out for a full refund of what remains. */
  amountCents: z.number().int().positive().max(10_000_000).optional(),
  reason: z.string().trim().min(3, 'is required').max(500),
});

export const paymentIdParams = z.object({ id });
export const sessionIdParams = z.object({
  sessionId: z.string().min(1).max(255).regex(/^\w+$/, 'must be a Checkout Session id'),
});
export const testCheckoutInput = z.object({ outcome: z.enum(['pay', 'cancel']) });

/** What a cancellation (or a no-show) meant for the money. */
export const policyOutcomeOutput = z.object({
  method: z.enum(['CARD', 'INSURANCE']),
  refundCents: z.number(),
  feeCents: z.number(),
  currency: z.string(),
});
export type PolicyOutcomeView = z.infer<typeof policyOutcomeOutput>;
