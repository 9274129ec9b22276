import { describe, expect, it } from 'vitest';
import { cardOutcome, insuranceOutcome, policyEvent, refundAmount, remainingCents, statusAfterRefunds } from './refund-policy';

const paid = (paidCents: number, refundedCents = 0) => ({ paidCents, refundedCents, lateFeeCents: 3000 });

describe('card payments under the cancellation policy', () => {
  it('refunds everything when the patient cancels in time', () => {
    expect(cardOutcome(policyEvent('patient', false), paid(7500))).toEqual({ refundCents: 7500, feeCents: 0 });
  });

  it('keeps the late fee when the patient cancels late', () => {
    expect(cardOutcome(policyEvent('patient', true), paid(7500))).toEqual({ refundCents: 4500, feeCents: 3000 });
  });

  it('refunds everything when the clinic cancels, however late', () => {
    expect(policyEvent('clinic', true)).toBe('cancelled-by-clinic');
    expect(cardOutcome('cancelled-by-clinic', paid(7500))).toEqual({ refundCents: 7500, feeCents: 0 });
  });

  it('charges a no-show the same fee as a late cancellation', () => {
    expect(cardOutcome('no-show', paid(7500))).toEqual({ refundCents: 4500, feeCents: 3000 });
  });

  it('never keeps more than was paid', () => {
    expect(cardOutcome('cancelled-late', { paidCents: 2000, refundedCents: 0, lateFeeCents: 3000 })).toEqual({
      refundCents: 0,
      feeCents: 2000,
    });
  });

  it('does not refund again what an admin already refunded', () => {
    expect(cardOutcome('cancelled-in-time', paid(7500, 2500))).toEqual({ refundCents: 5000, feeCents: 0 });
    expect(cardOutcome('cancelled-late', paid(7500, 5000))).toEqual({ refundCents: 0, feeCents: 2500 });
    expect(cardOutcome('cancelled-late', paid(7500, 7500))).toEqual({ refundCents: 0, feeCents: 0 });
    expect(cardOutcome('cancelled-by-clinic', paid(7500, 7500))).toEqual({ refundCents: 0, feeCents: 0 });
  });

  it('treats a zero fee as free cancellation', () => {
    expect(cardOutcome('cancelled-late', { paidCents: 7500, refundedCents: 0, lateFeeCents: 0 })).toEqual({
      refundCents: 7500,
      feeCents: 0,
    });
  });
});

describe('insurance claims', () => {
  it('owe the fee for a late cancellation or a no-show, nothing otherwise', () => {
    expect(insuranceOutcome('cancelled-late', 3000)).toEqual({ refundCents: 0, feeCents: 3000 });
    expect(insuranceOutcome('no-show', 3000)).toEqual({ refundCents: 0, feeCents: 3000 });
    expect(insuranceOutcome('cancelled-in-time', 3000)).toEqual({ refundCents: 0, feeCents: 0 });
    expect(insuranceOutcome('cancelled-by-clinic', 3000)).toEqual({ refundCents: 0, feeCents: 0 });
  });
});

describe('admin refunds', () => {
  const payment = { amountCents: 7500, refundedCents: 2000 };

  it('default to whatever remains', () => {
    expect(remainingCents(payment)).toBe(5500);
    expect(refundAmount(undefined, payment)).toBe(5500);
  });

  it('accept any whole amount up to what remains, and nothing above', () => {
    expect(refundAmount(1, payment)).toBe(1);
    expect(refundAmount(5500, payment)).toBe(5500);
    expect(refundAmount(5501, payment)).toBeNull();
    expect(refundAmount(0, payment)).toBeNull();
    expect(refundAmount(-100, payment)).toBeNull();
    expect(refundAmount(10.5, payment)).toBeNull();
    expect(refundAmount(undefined, { amountCents: 7500, refundedCents: 7500 })).toBeNull();
  });

  it('move the status to partly or fully refunded', () => {
    expect(statusAfterRefunds({ amountCents: 7500, refundedCents: 0 })).toBe('SUCCEEDED');
    expect(statusAfterRefunds({ amountCents: 7500, refundedCents: 1 })).toBe('PARTIALLY_REFUNDED');
    expect(statusAfterRefunds({ amountCents: 7500, refundedCents: 7500 })).toBe('REFUNDED');
  });
});
