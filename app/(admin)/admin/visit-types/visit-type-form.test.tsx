// The visit-type form in a browser-like document: prices typed in dollars and sent in cents, what
// it says about bad input (checked by the API's own schema before anything is sent), and the
// server's refusals. The network is a recorded fake `fetch`.
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import type { AdminVisitType } from '@/lib/visit-types/schemas';
import { description } from '@/tests/support/dom';
import { fakeFetch } from '@/tests/support/fake-fetch';
import { VisitTypeForm } from './visit-type-form';

const push = vi.fn();
const refresh = vi.fn();
vi.mock('next/navigation', () => ({ useRouter: () => ({ push, refresh }) }));

// The form loads its checks after mount (lazyResolver); loaded here first, a slow first import
// (zod and the schemas, transformed on demand) does not race the first submit.
beforeAll(async () => {
  await import('./visit-type-schema');
});

let net: ReturnType<typeof fakeFetch>;
beforeEach(() => {
  push.mockReset();
  refresh.mockReset();
  net = fakeFetch();
});
afterEach(() => vi.unstubAllGlobals());
const sent = () => net.sent.map((r) => ({ method: r.method, url: r.url, body: r.body }));

const practices = [{ id: 'pr-1', name: 'Summit Spine' }];
const evaluation: AdminVisitType = {
  id: 'vt-1',
  slug: 'evaluation',
  name: 'Evaluation',
  description: 'A first visit.',
  practice: null,
  durationMinutes: 60,
  priceCents: 15000,
  currency: 'usd',
  modality: 'IN_CLINIC',
  bufferBeforeMinutes: 0,
  bufferAfterMinutes: 10,
  minNoticeMinutes: 720,
  horizonDays: 90,
  slotStepMinutes: 15,
  patientMayBookSeries: false,
  freeCancellationHours: 24,
  lateCancellationFeeCents: 5000,
  active: true,
};

const form = (name: string) => screen.getByRole('form', { name });

describe('VisitTypeForm', () => {
  test('bad input: each field says what is wrong in the form’s words, focus goes to the first, nothing is sent', async () => {
    const user = userEvent.setup();
    render(<VisitTypeForm visitType={null} practices={practices} network={false} />);
    const f = (label: string) => within(form('New visit type')).getByLabelText<HTMLInputElement>(label, { exact: true });
    await user.clear(f('Price (dollars)'));
    await user.type(f('Price (dollars)'), 'ninety');
    await user.clear(f('Currency'));
    await user.type(f('Currency'), 'us');
    await user.clear(f('Duration (minutes)'));
    await user.type(f('Duration (minutes)'), '45.5');
    await user.clear(f('Booking horizon (days)'));
    await user.clear(f('Late cancellation fee (dollars)'));
    await user.type(f('Late cancellation fee (dollars)'), '-5');
    await user.click(screen.getByRole('button', { name: 'Create visit type' }));

    const alert = within(form('New visit type')).getByRole('alert');
    await waitFor(() => expect(alert.textContent).toBe('Please check the highlighted fields.'));
    expect(description(f('Name'))).toBe('Name is required.');
    expect(description(f('Price (dollars)'))).toBe('Price must be an amount in dollars, such as 95.00.');
    expect(description(f('Currency'))).toBe('Currency must be a three-letter currency code such as usd.');
    expect(description(f('Duration (minutes)'))).toBe('5 to 240. Duration (minutes) must be a whole number.');
    expect(description(f('Booking horizon (days)'))).toBe(
      'How far ahead patients can book. Booking horizon (days) must be a whole number.',
    );
    expect(description(f('Late cancellation fee (dollars)'))).toBe(
      'Not more than the price. 0 = no fee. The fee must be an amount in dollars, such as 95.00.',
    );
    await waitFor(() => expect(document.activeElement).toBe(f('Name')));
    expect(sent()).toEqual([]);

    // Both amounts fine on their own, but the fee is more than the price: the schema's cross-check.
    await user.type(f('Name'), 'Spinal screening');
    await user.clear(f('Price (dollars)'));
    await user.type(f('Price (dollars)'), '95.50');
    await user.clear(f('Currency'));
    await user.type(f('Currency'), 'usd');
    await user.clear(f('Duration (minutes)'));
    await user.type(f('Duration (minutes)'), '45');
    await user.type(f('Booking horizon (days)'), '60');
    await user.clear(f('Late cancellation fee (dollars)'));
    await user.type(f('Late cancellation fee (dollars)'), '120');
    await user.click(screen.getByRole('button', { name: 'Create visit type' }));
    await waitFor(() =>
      expect(description(f('Late cancellation fee (dollars)'))).toBe(
        'Not more than the price. 0 = no fee. The fee must not be more than the price.',
      ),
    );
    expect(description(f('Name'))).toBe('');
    await waitFor(() => expect(document.activeElement).toBe(f('Late cancellation fee (dollars)')));
    expect(sent()).toEqual([]);
  });

  test('a new visit type: dollars become cents, defaults as shown, then the list opens', async () => {
    net.answers.push({ status: 201, body: { ...evaluation, id: 'vt-9' } });
    const user = userEvent.setup();
    render(<VisitTypeForm visitType={null} practices={practices} network />);
    const f = (label: string) => within(form('New visit type')).getByLabelText<HTMLInputElement>(label, { exact: true });
    expect(f('Offered by').value).toBe('');
    await user.selectOptions(f('Offered by'), 'Summit Spine');
    await user.type(f('Name'), 'Spinal screening ');
    await user.selectOptions(f('Where'), 'Video visit');
    await user.clear(f('Price (dollars)'));
    await user.type(f('Price (dollars)'), '95.50');
    await user.clear(f('Late cancellation fee (dollars)'));
    await user.type(f('Late cancellation fee (dollars)'), '40');
    await user.click(within(form('New visit type')).getByRole('checkbox', { name: 'Offered for booking (active)' }));
    await user.click(screen.getByRole('button', { name: 'Create visit type' }));

    await waitFor(() => expect(push).toHaveBeenCalledWith('/admin/visit-types?created=1'));
    expect(sent()).toEqual([
      {
        method: 'POST',
        url: '/api/admin/visit-types',
        body: {
          practiceId: 'pr-1',
          name: 'Spinal screening',
          description: '',
          modality: 'VIRTUAL',
          currency: 'usd',
          priceCents: 9550,
          lateCancellationFeeCents: 4000,
          patientMayBookSeries: false,
          active: false,
          durationMinutes: 30,
          bufferBeforeMinutes: 0,
          bufferAfterMinutes: 0,
          minNoticeMinutes: 720,
          horizonDays: 90,
          slotStepMinutes: 15,
          freeCancellationHours: 24,
        },
      },
    ]);
  });

  test('an edit: every setting is sent; a 409 is shown at the top and a 400 under its field', async () => {
    const user = userEvent.setup();
    render(<VisitTypeForm visitType={evaluation} practices={[]} network={false} />);
    const f = (label: string) => within(form('Edit visit type')).getByLabelText<HTMLInputElement>(label, { exact: true });
    expect(f('Price (dollars)').value).toBe('150.00');
    await user.clear(f('Price (dollars)'));
    await user.type(f('Price (dollars)'), '160');

    net.answers.push({ status: 409, body: { error: { code: 'CONFLICT', message: 'Someone else changed this visit type.' } } });
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    const alert = within(form('Edit visit type')).getByRole('alert');
    await waitFor(() => expect(alert.textContent).toBe('Someone else changed this visit type.'));
    expect(sent()).toEqual([
      {
        method: 'PATCH',
        url: '/api/admin/visit-types/vt-1',
        body: {
          name: 'Evaluation',
          description: 'A first visit.',
          modality: 'IN_CLINIC',
          currency: 'usd',
          priceCents: 16000,
          lateCancellationFeeCents: 5000,
          patientMayBookSeries: false,
          active: true,
          durationMinutes: 60,
          bufferBeforeMinutes: 0,
          bufferAfterMinutes: 10,
          minNoticeMinutes: 720,
          horizonDays: 90,
          slotStepMinutes: 15,
          freeCancellationHours: 24,
        },
      },
    ]);

    net.answers.push({
      status: 400,
      body: {
        error: {
          code: 'VALIDATION',
          message: 'Invalid body',
          details: [{ path: 'body.lateCancellationFeeCents', message: 'must not be more than the price' }],
        },
      },
    });
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(alert.textContent).toBe('Please check the highlighted fields.'));
    expect(description(f('Late cancellation fee (dollars)'))).toBe(
      'Not more than the price. 0 = no fee. The fee must not be more than the price.',
    );
    await waitFor(() => expect(document.activeElement).toBe(f('Late cancellation fee (dollars)')));
  });
});
