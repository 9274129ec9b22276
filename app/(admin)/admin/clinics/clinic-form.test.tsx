// The clinic form in a browser-like document: what it says about bad input (checked by the API's
// own schema before anything is sent), the body it sends, and the server's refusals. The network
// is a recorded fake `fetch`.
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { description } from '@/tests/support/dom';
import { fakeFetch } from '@/tests/support/fake-fetch';
import { ClinicForm, type ClinicValues } from './clinic-form';

const push = vi.fn();
const refresh = vi.fn();
vi.mock('next/navigation', () => ({ useRouter: () => ({ push, refresh }) }));

// The form loads its checks after mount (lazyResolver); loaded here first, a slow first import
// (zod and the schemas, transformed on demand) does not race the first submit.
beforeAll(async () => {
  await import('./clinic-schema');
});

let net: ReturnType<typeof fakeFetch>;
beforeEach(() => {
  push.mockReset();
  refresh.mockReset();
  net = fakeFetch();
});
afterEach(() => vi.unstubAllGlobals());
const sent = () => net.sent.map((r) => ({ method: r.method, url: r.url, body: r.body }));

const practices = [
  { id: 'pr-1', name: 'Summit Spine' },
  { id: 'pr-2', name: 'Lakeside Physio' },
];
const anchorage: ClinicValues = {
  id: 'cl-1',
  slug: 'summit-anchorage',
  name: 'Summit Spine — Anchorage',
  addressLine1: '601 W 5th Ave',
  addressLine2: null,
  city: 'Anchorage',
  state: 'AK',
  zip: '99501',
  latitude: 61.2176,
  longitude: -149.8997,
  timezone: 'America/Anchorage',
  phone: '(907) 555-0100',
  hours: 'Mon–Fri 8:00 am–5:00 pm',
  services: ['dry-needling'],
};
const saved = { ...anchorage, practice: practices[0], active: true, closedAt: null };

const form = (name: string) => screen.getByRole('form', { name });
const field = (name: string, label: string) => within(form(name)).getByLabelText(label, { exact: true });

describe('ClinicForm', () => {
  test('bad input: each field says what is wrong, focus goes to the first, nothing is sent', async () => {
    const user = userEvent.setup();
    render(<ClinicForm clinic={null} practices={practices} />);
    const f = (label: string) => field('New clinic', label);
    await user.type(f('Street address'), '601 W 5th Ave');
    await user.type(f('State'), 'Alaska');
    await user.type(f('ZIP code'), '9950');
    await user.type(f('Latitude'), 'north');
    await user.type(f('Longitude'), '-200');
    await user.click(screen.getByRole('button', { name: 'Open clinic' }));

    // The form's checks are loaded on first use (lazyResolver): wait for the answer.
    await waitFor(() =>
      expect(within(form('New clinic')).getByRole('alert').textContent).toBe('Please check the highlighted fields.'),
    );
    expect(description(f('Name'))).toBe('Name is required.');
    expect(description(f('State'))).toBe('Two letters, such as IL. State must be a two-letter state code.');
    expect(description(f('ZIP code'))).toBe('5 digits. ZIP code must be 5 digits.');
    expect(description(f('Latitude'))).toBe('-90 to 90 Latitude must be a number.');
    expect(description(f('Longitude'))).toBe('-180 to 180 Longitude must be between -180 and 180.');
    expect(f('Name').getAttribute('aria-invalid')).toBe('true');
    expect(f('Street address').getAttribute('aria-invalid')).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(f('Name')));
    expect(sent()).toEqual([]);
  });

  test('a new clinic: the body as the API parses it, then its page opens', async () => {
    net.answers.push({ status: 201, body: { ...saved, id: 'cl-9' } });
    const user = userEvent.setup();
    render(<ClinicForm clinic={null} practices={practices} />);
    const f = (label: string) => field('New clinic', label);
    await user.selectOptions(f('Practice'), 'Lakeside Physio');
    await user.type(f('Name'), '  Lakeside — Anchorage ');
    await user.type(f('Street address'), '601 W 5th Ave');
    await user.type(f('City'), 'Anchorage');
    await user.type(f('State'), 'ak');
    await user.type(f('ZIP code'), '99501');
    await user.type(f('Phone'), '(907) 555-0100');
    await user.type(f('Opening hours'), 'Mon–Fri 8:00 am–5:00 pm');
    await user.type(f('Latitude'), '61.2176');
    await user.type(f('Longitude'), '-149.8997');
    await user.selectOptions(f('Time zone'), 'America/Anchorage');
    const services = within(form('New clinic')).getByRole('group', { name: 'Services offered in person' });
    await user.click(within(services).getByRole('checkbox', { name: 'Dry needling' }));
    await user.click(within(services).getByRole('checkbox', { name: 'Aquatic therapy' }));
    await user.click(screen.getByRole('button', { name: 'Open clinic' }));

    await waitFor(() => expect(push).toHaveBeenCalledWith('/admin/clinics/cl-9?created=1'));
    expect(sent()).toEqual([
      {
        method: 'POST',
        url: '/api/admin/clinics',
        body: {
          practiceId: 'pr-2',
          name: 'Lakeside — Anchorage',
          addressLine1: '601 W 5th Ave',
          addressLine2: null,
          city: 'Anchorage',
          state: 'AK',
          zip: '99501',
          latitude: 61.2176,
          longitude: -149.8997,
          timezone: 'America/Anchorage',
          phone: '(907) 555-0100',
          hours: 'Mon–Fri 8:00 am–5:00 pm',
          services: ['aquatic-therapy', 'dry-needling'],
        },
      },
    ]);
  });

  test('an edit: the whole clinic is sent; a 409 is shown at the top, a 400 under its field, then it saves', async () => {
    const user = userEvent.setup();
    render(<ClinicForm clinic={anchorage} practices={[]} />);
    const f = (label: string) => field('Edit clinic', label);
    expect(within(form('Edit clinic')).queryByLabelText('Practice')).toBeNull();
    await user.clear(f('Opening hours'));
    await user.type(f('Opening hours'), 'Mon–Sat 8:00 am–5:00 pm');
    await user.clear(f('URL name (slug)'));
    await user.type(f('URL name (slug)'), 'downtown');

    net.answers.push({
      status: 409,
      body: { error: { code: 'CONFLICT', message: 'Another clinic already uses this URL name (slug). Choose another.' } },
    });
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    const alert = within(form('Edit clinic')).getByRole('alert');
    await waitFor(() => expect(alert.textContent).toBe('Another clinic already uses this URL name (slug). Choose another.'));
    expect(sent()).toEqual([
      {
        method: 'PATCH',
        url: '/api/admin/clinics/cl-1',
        body: {
          name: 'Summit Spine — Anchorage',
          addressLine1: '601 W 5th Ave',
          addressLine2: null,
          city: 'Anchorage',
          state: 'AK',
          zip: '99501',
          latitude: 61.2176,
          longitude: -149.8997,
          timezone: 'America/Anchorage',
          phone: '(907) 555-0100',
          hours: 'Mon–Sat 8:00 am–5:00 pm',
          services: ['dry-needling'],
          slug: 'downtown',
        },
      },
    ]);

    net.answers.push({
      status: 400,
      body: {
        error: {
          code: 'VALIDATION',
          message: 'Invalid body',
          details: [{ path: 'body.slug', message: 'must be lower-case letters, digits and dashes' }],
        },
      },
    });
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(alert.textContent).toBe('Please check the highlighted fields.'));
    expect(description(f('URL name (slug)'))).toBe(
      'Lower-case letters, digits and dashes. Made from the name when left empty. URL name must be lower-case letters, digits and dashes.',
    );
    await waitFor(() => expect(document.activeElement).toBe(f('URL name (slug)')));

    net.answers.push({ status: 200, body: saved });
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(within(form('Edit clinic')).getByRole('status').textContent).toBe('Changes saved.'));
    expect(alert.textContent).toBe('');
    expect(f('URL name (slug)').getAttribute('aria-invalid')).toBeNull();
    expect(refresh).toHaveBeenCalled();
    expect(net.sent).toHaveLength(3);
  });
});
