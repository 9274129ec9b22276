import { describe, expect, it } from 'vitest';
import { centsOf, refundBody, refundFormSchema } from './refund-fields';

describe('the refund form', () => {
  it('reads dollars and cents as typed', () => {
    expect(centsOf('20')).toBe(2000);
    expect(centsOf('20.5')).toBe(2050);
    expect(centsOf(' $1,012.05 ')).toBe(101205);
    for (const bad of ['', '20.505', '-5', '1e3', 'abc', '.5']) expect(centsOf(bad), bad).toBeNaN();
  });

  it('requires an amount (empty is never "everything") and refuses more than remains', () => {
    const schema = refundFormSchema(5500);
    expect(schema.safeParse(refundBody({ amount: '', reason: 'Visit ran short' })).success).toBe(false);
    const tooMuch = schema.safeParse(refundBody({ amount: '55.01', reason: 'Visit ran short' }));
    expect(tooMuch.success).toBe(false);
    expect(tooMuch.error?.issues[0]).toMatchObject({ path: ['amountCents'], message: 'is more than remains' });
    expect(schema.parse(refundBody({ amount: '55', reason: ' Visit ran short ' }))).toEqual({
      amountCents: 5500,
      reason: 'Visit ran short',
    });
  });
});
