// The booking confirm step in a browser-like document: what it sends, what it says when the
// insurance details are missing, and how it retries. The network is a recorded fake `fetch`.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { description, isChecked } from '@/tests/support/dom';
import { fakeFetch } from '@/tests/support/fake-fetch';
import { ConfirmBooking } from './confirm-booking';
import type { ChosenVisit } from './book-visit';

const push = vi.fn();
vi.mock('next/navigation', () => ({ useRouter: () => ({ push, refresh: vi.fn() }) }));

let net: ReturnType<typeof fakeFetch>;
beforeEach(() => {
  push.mockReset();
  net = fakeFetch();
});
afterEach(() => vi.unstubAllGlobals());

const clinic = {
  id: 'clinic-1',
  name: 'Lakeview Clinic',
  addressLine1: '1 Lake St',
  addressLine2: null,
  city: 'Chicago',
  state: 'IL',
  zip: '60601',
};
function visit(priceCents: number): ChosenVisit {
  return {
    visitType: {
      id: 'vt-1',
      name: 'Follow-up',
      description: '',
      durationMinutes: 45,
      priceCents,
      currency: 'USD',
      modality: 'IN_CLINIC',
      freeCancellationHours: 24,
      lateCancellationFeeCents: 2500,
    },
    clinic,
    therapistId: 'th-1',
    therapistName: 'Dana Reyes',
    start: '2026-03-10T15:00:00.000Z',
  };
}

function renderStep(priceCents = 9000) {
  const onSlotTaken = vi.fn();
  const onRefused = vi.fn();
  render(
    <ConfirmBooking
      visit={visit(priceCents)}
      viewer="patient"
      returnTo="/book?type=vt-1"
      onSlotTaken={onSlotTaken}
      onRefused={onRefused}
    />,
  );
  return { onSlotTaken, onRefused, user: userEvent.setup() };
}

describe('ConfirmBooking', () => {
  test('insurance: missing details are named under each field and nothing is sent; filled in, it books and moves on', async () => {
    const { user } = renderStep();
    expect(isChecked(screen.getByRole('radio', { name: 'Pay $90.00 now by card' }))).toBe(true);
    await user.click(screen.getByRole('radio', { name: 'Bill my insurance' }));
    await user.click(screen.getByRole('button', { name: 'Confirm booking' }));

    expect(screen.getByRole('alert').textContent).toBe('Please fill in your insurance details.');
    expect(description(screen.getByLabelText('Insurance company'))).toBe('Enter the name of your insurance company.');
    expect(description(screen.getByLabelText(/^Member ID/))).toBe(
      'As printed on your insurance card. Enter the member ID from your insurance card.',
    );
    expect(net.sent).toHaveLength(0);

    await user.type(screen.getByLabelText('Insurance company'), '  Aetna ');
    await user.type(screen.getByLabelText(/^Member ID/), 'W987654321 ');
    net.answers.push({ status: 201, body: { id: 'appt-9', checkoutUrl: null } });
    await user.click(screen.getByRole('button', { name: 'Confirm booking' }));

    expect(net.sent.map((r) => ({ url: r.url, body: r.body }))).toEqual([
      {
        url: '/api/appointments',
        body: {
          visitTypeId: 'vt-1',
          therapistId: 'th-1',
          start: '2026-03-10T15:00:00.000Z',
          clinicId: 'clinic-1',
          payment: { method: 'insurance', payer: 'Aetna', memberId: 'W987654321' },
        },
      },
    ]);
    expect(net.sent[0]!.headers.get('Idempotency-Key')).toMatch(/^[\w-]{8,}$/);
    expect(push).toHaveBeenCalledWith('/patient/appointments?booked=appt-9');
  });

  test('a member ID the server would refuse is caught here, in words about the member ID', async () => {
    const { user } = renderStep();
    await user.click(screen.getByRole('radio', { name: 'Bill my insurance' }));
    await user.type(screen.getByLabelText('Insurance company'), 'Aetna');
    await user.type(screen.getByLabelText(/^Member ID/), 'W98#7');
    await user.click(screen.getByRole('button', { name: 'Confirm booking' }));
    expect(description(screen.getByLabelText(/^Member ID/))).toBe(
      'As printed on your insurance card. Member ID may hold letters, digits, spaces and dashes.',
    );
    expect(net.sent).toHaveLength(0);
  });

  test('a failure on our side is retried with the same Idempotency-Key, so it cannot book twice', async () => {
    const { user } = renderStep();
    net.answers.push({ status: 503, body: { error: { code: 'UNAVAILABLE', message: 'Please try again.' } } });
    await user.click(screen.getByRole('button', { name: 'Continue to payment' }));
    expect(screen.getByRole('alert').textContent).toBe(
      'Please try again. Pressing “Continue to payment” again will not book twice.',
    );

    net.answers.push({ status: 201, body: { id: 'appt-1', checkoutUrl: null } });
    await user.click(screen.getByRole('button', { name: 'Continue to payment' }));
    expect(net.sent).toHaveLength(2);
    expect(net.sent[0]!.body).toMatchObject({ payment: { method: 'card' } });
    expect(net.sent[1]!.headers.get('Idempotency-Key')).toBe(net.sent[0]!.headers.get('Idempotency-Key'));
  });

  test('a time taken meanwhile hands back to the times; a free visit sends no payment', async () => {
    const { user, onSlotTaken, onRefused } = renderStep(0);
    expect(screen.queryByRole('group', { name: 'How would you like to pay?' })).toBeNull();
    net.answers.push({ status: 409, body: { error: { code: 'SLOT_TAKEN', message: 'That time was just taken.' } } });
    await user.click(screen.getByRole('button', { name: 'Confirm booking' }));
    expect(net.sent[0]!.body).not.toHaveProperty('payment');
    expect(onSlotTaken).toHaveBeenCalledTimes(1);
    expect(onRefused).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toBe('');
  });

  test('an ended session says so and offers to sign in again', async () => {
    const { user } = renderStep(0);
    net.answers.push({ status: 401, body: { error: { code: 'UNAUTHENTICATED', message: 'Sign in first.' } } });
    await user.click(screen.getByRole('button', { name: 'Confirm booking' }));
    expect(screen.getByRole('alert').textContent).toBe('Your session has ended. Sign in again to book this visit.');
    expect(screen.getByRole('link', { name: 'Sign in again' }).getAttribute('href')).toBe(
      `/signin?callbackUrl=${encodeURIComponent('/book?type=vt-1')}`,
    );
  });
});
