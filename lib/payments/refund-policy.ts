// The cancellation policy's arithmetic, with no I/O. All amounts are integer cents of one currency.
//   patient cancels in time  → everything paid is refunded
//   patient cancels late     → refunded minus the visit type's late fee
//   clinic cancels           → everything paid is refunded, always
//   patient does not show up → the same fee as a late cancellation
// A fee is never more than is left of the payment, and nothing already refunded is refunded twice.

export type PolicyEvent = 'cancelled-in-time' | 'cancelled-late' | 'cancelled-by-clinic' | 'no-show';

export interface PolicyOutcome {
  /** To give back now (0 when nothing is left to give back). */
  refundCents: number;
  /** Kept from a card payment, or owed on an insurance claim. */
  feeCents: number;
}

export function policyEvent(cancelledBy: 'patient' | 'clinic', late: boolean): PolicyEvent {
  if (cancelledBy === 'clinic') return 'cancelled-by-clinic';
  return late ? 'cancelled-late' : 'cancelled-in-time';
}

export function feeFor(event: PolicyEvent, lateFeeCents: number): number {
  return event === 'cancelled-late' || event === 'no-show' ? Math.max(0, lateFeeCents) : 0;
}

/** What a card payment of `paidCents`, of which `refundedCents` already went back, turns into. */
export function cardOutcome(
  event: PolicyEvent,
  p: { paidCents: number; refundedCents: number; lateFeeCents: number },
): PolicyOutcome {
  const left = Math.max(0, p.paidCents - p.refundedCents);
  const feeCents = Math.min(feeFor(event, p.lateFeeCents), left);
  const refundCents = left - feeCents;
  return { refundCents, feeCents };
}

/** An insurance claim has nothing to refund; a fee is recorded as owed. */
export function insuranceOutcome(event: PolicyEvent, lateFeeCents: number): PolicyOutcome {
  return { refundCents: 0, feeCents: feeFor(event, lateFeeCents) };
}

export function remainingCents(p: { amountCents: number; refundedCents: number }): number {
  return Math.max(0, p.amountCents - p.refundedCents);
}

/**
 * The amount an admin's refund request stands for: the whole remainder when none is given.
 * Null when it is not allowed (nothing left, or more than what remains).
 */
export function refundAmount(requested: number | undefined, p: { amountCents: number; refundedCents: number }): number | null {
  const remaining = remainingCents(p);
  const amount = requested ?? remaining;
  if (!Number.isInteger(amount) || amount <= 0 || amount > remaining) return null;
  return amount;
}

export function statusAfterRefunds(p: {
  amountCents: number;
  refundedCents: number;
}): 'SUCCEEDED' | 'PARTIALLY_REFUNDED' | 'REFUNDED' {
  if (p.refundedCents <= 0) return 'SUCCEEDED';
  return p.refundedCents >= p.amountCents ? 'REFUNDED' : 'PARTIALLY_REFUNDED';
}
