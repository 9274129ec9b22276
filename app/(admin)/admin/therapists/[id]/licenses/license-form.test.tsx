// The license form in a browser-like document: what it says about bad input (checked by the API's
// own schema before anything is sent), the body it sends, the server's 409, and choices made
// before hydration. The network is a recorded fake `fetch`.
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { description } from '@/tests/support/dom';
import { fakeFetch } from '@/tests/support/fake-fetch';
import { LicenseForm, type LicenseValues } from './license-form';

const push = vi.fn();
const refresh = vi.fn();
vi.mock('next/navigation', () => ({ useRouter: () => ({ push, refresh }) }));

// The form loads its checks after mount (lazyResolver); loaded here first, a slow first import
// (zod and the schemas, transformed on demand) does not race the first submit.
beforeAll(async () => {
  await import('./license-schema');
});

let net: ReturnType<typeof fakeFetch>;
beforeEach(() => {
  push.mockReset();
  refresh.mockReset();
  net = fakeFetch();
});
afterEach(() => vi.unstubAllGlobals());
const sent = () => net.sent.map((r) => ({ method: r.method, url: r.url, body: r.body }));

/** A day `years` from today, as the date box holds it. */
const yearsFromNow = (years: number) => {
  const d = new Date();
  d.setUTCFullYear(d.getUTCFullYear() + years);
  return d.toISOString().slice(0, 10);
};
const wyoming: LicenseValues = {
  id: 'lic-1',
  state: 'WY',
  stateName: 'Wyoming',
  number: 'PT-WY-4410',
  kind: 'LICENSE',
  expiresOn: yearsFromNow(1),
};
const form = (name: string) => screen.getByRole('form', { name });

describe('LicenseForm', () => {
  test('bad input: each field says what is wrong, focus goes to the first, nothing is sent', async () => {
    const user = userEvent.setup();
    render(<LicenseForm therapistId="th-1" license={null} />);
    const f = (label: string) => within(form('Add a license')).getByLabelText(label);
    await user.type(f('License number'), '#4410');
    fireEvent.change(f('Valid through'), { target: { value: '2099-01-01' } });
    await user.click(screen.getByRole('button', { name: 'Add license' }));

    await waitFor(() =>
      expect(within(form('Add a license')).getByRole('alert').textContent).toBe('Please check the highlighted fields.'),
    );
    expect(description(f('State'))).toBe('State must be a US state code such as NY or CA.');
    // The schema's sentence does not start with "must" or "is", so it is shown without the label (as before).
    expect(description(f('License number'))).toBe('may hold letters, digits, spaces and . / -.');
    expect(description(f('Valid through'))).toBe('The last day it is valid. The date must be within 10 years of today.');
    expect(f('Kind').getAttribute('aria-invalid')).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(f('State')));
    expect(sent()).toEqual([]);
  });

  test('a new license: the body sent, then the list opens on it; a second one of a kind is refused with 409', async () => {
    const user = userEvent.setup();
    render(<LicenseForm therapistId="th-1" license={null} />);
    const f = (label: string) => within(form('Add a license')).getByLabelText(label);
    await user.selectOptions(f('State'), 'WY');
    await user.selectOptions(f('Kind'), 'PT Compact privilege');
    await user.type(f('License number'), ' PT-WY-4410 ');
    fireEvent.change(f('Valid through'), { target: { value: wyoming.expiresOn } });

    net.answers.push({
      status: 409,
      body: {
        error: {
          code: 'LICENSE_EXISTS',
          message: 'This therapist already holds a license of that kind in that state. Edit it instead.',
          details: { state: 'WY', kind: 'COMPACT_PRIVILEGE' },
        },
      },
    });
    await user.click(screen.getByRole('button', { name: 'Add license' }));
    const alert = within(form('Add a license')).getByRole('alert');
    await waitFor(() =>
      expect(alert.textContent).toBe('This therapist already holds a license of that kind in that state. Edit it instead.'),
    );
    const body = { state: 'WY', kind: 'COMPACT_PRIVILEGE', number: 'PT-WY-4410', expiresOn: wyoming.expiresOn };
    expect(sent()).toEqual([{ method: 'POST', url: '/api/admin/therapists/th-1/licenses', body }]);
    expect(push).not.toHaveBeenCalled();

    net.answers.push({ status: 201, body: { ...wyoming, id: 'lic-9', kind: 'COMPACT_PRIVILEGE' } });
    await user.click(screen.getByRole('button', { name: 'Add license' }));
    await waitFor(() => expect(push).toHaveBeenCalledWith('/admin/therapists/th-1/licenses?added=lic-9'));
    expect(sent()[1]).toEqual({ method: 'POST', url: '/api/admin/therapists/th-1/licenses', body });
  });

  test('a renewal: the edit is sent and saved; a 400 from the server sits under its field', async () => {
    const user = userEvent.setup();
    render(<LicenseForm therapistId="th-1" license={wyoming} />);
    const f = (label: string) => within(form('Edit Wyoming state license')).getByLabelText(label);
    const renewed = yearsFromNow(2);
    fireEvent.change(f('Valid through'), { target: { value: renewed } });

    net.answers.push({
      status: 400,
      body: {
        error: {
          code: 'VALIDATION',
          message: 'Invalid body',
          details: [{ path: 'body.number', message: 'is already used by another therapist' }],
        },
      },
    });
    await user.click(screen.getByRole('button', { name: 'Save license' }));
    const alert = within(form('Edit Wyoming state license')).getByRole('alert');
    await waitFor(() => expect(alert.textContent).toBe('Please check the highlighted fields.'));
    expect(description(f('License number'))).toBe('License number is already used by another therapist.');
    await waitFor(() => expect(document.activeElement).toBe(f('License number')));

    net.answers.push({ status: 200, body: { ...wyoming, expiresOn: renewed } });
    await user.click(screen.getByRole('button', { name: 'Save license' }));
    await waitFor(() =>
      expect(within(form('Edit Wyoming state license')).getByRole('status').textContent).toBe('Changes saved.'),
    );
    expect(description(f('License number'))).toBe('');
    expect(refresh).toHaveBeenCalled();
    const body = { state: 'WY', kind: 'LICENSE', number: 'PT-WY-4410', expiresOn: renewed };
    expect(sent()).toEqual([
      { method: 'PATCH', url: '/api/admin/therapists/th-1/licenses/lic-1', body },
      { method: 'PATCH', url: '/api/admin/therapists/th-1/licenses/lic-1', body },
    ]);
  });

  test('what was chosen and typed before the page finished loading (before hydration) is what is sent', async () => {
    const container = document.createElement('div');
    container.innerHTML = renderToString(<LicenseForm therapistId="th-1" license={null} />);
    document.body.appendChild(container);
    const el = (selector: string) => {
      const found = container.querySelector(selector);
      if (!(found instanceof HTMLInputElement || found instanceof HTMLSelectElement)) throw new Error(`no ${selector}`);
      return found;
    };
    // Not the first option of either select: a registration that reset them would lose it.
    el('#new-license-state').value = 'CO';
    el('#new-license-kind').value = 'COMPACT_PRIVILEGE';
    el('#new-license-number').value = 'PT-CO-77';
    el('#new-license-expiresOn').value = wyoming.expiresOn;

    net.answers.push({ status: 201, body: { ...wyoming, id: 'lic-7' } });
    const root = await act(async () => hydrateRoot(container, <LicenseForm therapistId="th-1" license={null} />));
    expect(el('#new-license-state').value).toBe('CO');
    await act(async () => fireEvent.click(within(container).getByRole('button', { name: 'Add license' })));
    await waitFor(() => expect(sent()).toHaveLength(1));
    expect(sent()[0]?.body).toEqual({ state: 'CO', kind: 'COMPACT_PRIVILEGE', number: 'PT-CO-77', expiresOn: wyoming.expiresOn });
    act(() => root.unmount());
    container.remove();
  });
});
