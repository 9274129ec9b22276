// The admin's refund form: an amount is always asked for (empty is never "everything"), never more
// than remains, and nothing is sent until the admin confirms what the refund will leave.
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeFetch } from '@/tests/support/fake-fetch';
import { RefundForm } from './refund-form';

const refresh = vi.fn();
vi.mock('next/navigation', () => ({ useRouter: () => ({ refresh }) }));

let net: ReturnType<typeof fakeFetch>;
beforeEach(() => {
  net = fakeFetch();
});
afterEach(() => vi.unstubAllGlobals());

function renderForm() {
  render(
    <>
      <h2 id="pay-1">Robin Receipt: Follow-up</h2>
      <RefundForm paymentId="pay-1" patientName="Robin Receipt" remainingCents={7500} currency="usd" describedBy="pay-1" />
    </>,
  );
  return {
    amount: screen.getByRole('textbox', { name: 'Refund amount (USD)' }),
    reason: screen.getByRole('textbox', { name: 'Reason (the patient sees it)' }),
    review: () => screen.getByRole('button', { name: 'Review refund' }),
  };
}

describe('the refund form', () => {
  test('an empty amount asks for one, and more than remains is refused, before anything is sent', async () => {
    const user = userEvent.setup();
    const f = renderForm();
    await user.type(f.reason, 'Visit ran short');
    await user.click(f.review());
    expect(await screen.findByText('Enter the amount to refund, in dollars and cents, up to $75.00.')).toBeTruthy();
    await user.type(f.amount, '75.01');
    await user.click(f.review());
    expect(await screen.findByText('At most $75.00 remains to refund.')).toBeTruthy();
    expect(net.sent).toEqual([]);
  });

  test('a partial refund is confirmed with what will remain, then sent as typed', async () => {
    const user = userEvent.setup();
    const f = renderForm();
    await user.type(f.amount, '20');
    await user.type(f.reason, 'Visit ran short');
    await user.click(f.review());
    const confirm = await screen.findByRole('group');
    expect(confirm.textContent).toContain('Refund $20.00 of $75.00 to Robin Receipt’s card? $55.00 will remain paid.');
    expect(document.activeElement).toBe(confirm);
    expect(net.sent).toEqual([]);
    net.answers.push({ status: 201, body: { refundId: 'r-1', amountCents: 2000, payment: {} } });
    await user.click(screen.getByRole('button', { name: 'Confirm refund of $20.00' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^Refunded \$20\.00\./));
    expect(net.sent.map((r) => [r.method, r.url, r.body])).toEqual([
      ['POST', '/api/admin/payments/pay-1/refunds', { amountCents: 2000, reason: 'Visit ran short' }],
    ]);
    expect(refresh).toHaveBeenCalled();
  });

  test('"Fill in the full" says it is the full amount when confirming', async () => {
    const user = userEvent.setup();
    const f = renderForm();
    await user.click(screen.getByRole('button', { name: 'Fill in the full $75.00' }));
    expect((f.amount as HTMLInputElement).value).toBe('75.00');
    await user.type(f.reason, 'Clinic closed');
    await user.click(f.review());
    expect((await screen.findByRole('group')).textContent).toContain(
      'Full refund of $75.00 to Robin Receipt’s card? Nothing of this payment will remain.',
    );
  });
});
