// What counts as "the same refund request" under one Idempotency-Key, and Stripe's key for it.
import { describe, expect, test } from 'vitest';
import { refundRequestHash, stripeRefundKey } from './refund-idempotency';

describe('refundRequestHash', () => {
  const base = { paymentId: 'pay-1', amountCents: 2000, reason: 'Visit ran short' };

  test('the same request hashes the same; any field changed hashes differently', () => {
    expect(refundRequestHash({ ...base })).toBe(refundRequestHash(base));
    expect(refundRequestHash(base)).toMatch(/^[0-9a-f]{64}$/);
    for (const changed of [{ paymentId: 'pay-2' }, { amountCents: 2001 }, { reason: 'Visit ran short.' }]) {
      expect(refundRequestHash({ ...base, ...changed })).not.toBe(refundRequestHash(base));
    }
  });

  test('"all that remains" (no amount) is not any amount', () => {
    expect(refundRequestHash({ paymentId: 'pay-1', reason: 'x' })).toBe(
      refundRequestHash({ paymentId: 'pay-1', amountCents: undefined, reason: 'x' }),
    );
    expect(refundRequestHash({ paymentId: 'pay-1', reason: 'x' })).not.toBe(
      refundRequestHash({ paymentId: 'pay-1', amountCents: 0, reason: 'x' }),
    );
  });

  test('fields cannot run into each other', () => {
    expect(refundRequestHash({ paymentId: 'a', amountCents: 1, reason: 'b,c' })).not.toBe(
      refundRequestHash({ paymentId: 'a', amountCents: 1, reason: 'b' }),
    );
  });
});

describe('stripeRefundKey', () => {
  test("the admin's key, scoped to the admin; the row's id for refunds the app decided", () => {
    expect(stripeRefundKey({ id: 'r1', requestedById: 'u1', idempotencyKey: 'k-12345678' })).toBe('refund:u1:k-12345678');
    expect(stripeRefundKey({ id: 'r1', requestedById: 'u2', idempotencyKey: 'k-12345678' })).toBe('refund:u2:k-12345678');
    expect(stripeRefundKey({ id: 'r1', requestedById: null, idempotencyKey: null })).toBe('refund-r1');
    expect(stripeRefundKey({ id: 'r1', requestedById: 'u1', idempotencyKey: null })).toBe('refund-r1');
  });
});
