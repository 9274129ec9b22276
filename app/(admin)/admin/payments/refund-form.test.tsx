// The admin's refund form: an amount is always asked for (empty is never "everything"), never more
// than remains, and nothing is sent until the admin confirms what the refund will leave. Each
// confirmation carries one Idempotency-Key, reused when it is sent again (decision 048).
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
    expect(net.sent[0]!.headers.get('Idempotency-Key')).toMatch(/^[\w.:-]{8,100}$/);
    expect(refresh).toHaveBeenCalled();
  });

  test('a failure on our side keeps the confirmation and its Idempotency-Key, so Confirm again cannot refund twice', async () => {
    const user = userEvent.setup();
    const f = renderForm();
    await user.type(f.amount, '20');
    await user.type(f.reason, 'Visit ran short');
    await user.click(f.review());
    net.answers.push({ status: 503, body: { error: { code: 'BUSY', message: 'Please try again in a moment.' } } });
    await user.click(await screen.findByRole('button', { name: 'Confirm refund of $20.00' }));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe(
        'Please try again in a moment. Pressing “Confirm” again will not refund twice.',
      ),
    );

    net.answers.push({ status: 201, body: { refundId: 'r-1', amountCents: 2000, payment: {} } });
    await user.click(screen.getByRole('button', { name: 'Confirm refund of $20.00' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^Refunded \$20\.00\./));
    expect(net.sent).toHaveLength(2);
    expect(net.sent[1]!.body).toEqual(net.sent[0]!.body);
    const key = net.sent[0]!.headers.get('Idempotency-Key');
    expect(key).toMatch(/^[\w.:-]{8,100}$/);
    expect(net.sent[1]!.headers.get('Idempotency-Key')).toBe(key);

    // The next refund is a new confirmation, with a new key.
    await user.type(f.amount, '5');
    await user.type(f.reason, 'Parking refund');
    await user.click(f.review());
    net.answers.push({ status: 201, body: { refundId: 'r-2', amountCents: 500, payment: {} } });
    await user.click(await screen.findByRole('button', { name: 'Confirm refund of $5.00' }));
    await waitFor(() => expect(net.sent).toHaveLength(3));
    expect(net.sent[2]!.headers.get('Idempotency-Key')).not.toBe(key);
  });

  test('a refusal ends the confirmation: changing the refund and confirming again sends a new key', async () => {
    const user = userEvent.setup();
    const f = renderForm();
    await user.type(f.amount, '20');
    await user.type(f.reason, 'Visit ran short');
    await user.click(f.review());
    net.answers.push({
      status: 422,
      body: { error: { code: 'REFUND_NOT_ALLOWED', message: 'At most $10.00 of this payment can still be refunded.' } },
    });
    await user.click(await screen.findByRole('button', { name: 'Confirm refund of $20.00' }));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe('At most $10.00 of this payment can still be refunded.'),
    );
    expect(screen.queryByRole('group')).toBeNull();
    await user.clear(f.amount);
    await user.type(f.amount, '10');
    await user.click(f.review());
    net.answers.push({ status: 201, body: { refundId: 'r-1', amountCents: 1000, payment: {} } });
    await user.click(await screen.findByRole('button', { name: 'Confirm refund of $10.00' }));
    await waitFor(() => expect(net.sent).toHaveLength(2));
    expect(net.sent[1]!.headers.get('Idempotency-Key')).not.toBe(net.sent[0]!.headers.get('Idempotency-Key'));
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
