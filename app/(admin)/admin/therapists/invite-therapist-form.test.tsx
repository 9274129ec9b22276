// The invitation form in a browser-like document: the practice decides the clinics and the zone,
// bad input is named before anything is sent (the API's own schema), the body sent, and a taken
// email. The network is a recorded fake `fetch`.
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { description } from '@/tests/support/dom';
import { fakeFetch } from '@/tests/support/fake-fetch';
import { InviteTherapistForm, type PracticeChoice } from './invite-therapist-form';

const refresh = vi.fn();
vi.mock('next/navigation', () => ({ useRouter: () => ({ push: vi.fn(), refresh }) }));

// The form loads its checks after mount (lazyResolver); loaded here first, a slow first import
// (zod and the schemas, transformed on demand) does not race the first submit.
beforeAll(async () => {
  await import('./invite-schema');
});

let net: ReturnType<typeof fakeFetch>;
beforeEach(() => {
  refresh.mockReset();
  net = fakeFetch();
});
afterEach(() => vi.unstubAllGlobals());
const sentBodies = () => net.sent.map((r) => r.body);

const practices: PracticeChoice[] = [
  { id: 'pr-1', name: 'Lakeshore', clinics: [{ id: 'cl-chi', name: 'Lakeshore — Loop', timezone: 'America/Chicago' }] },
  {
    id: 'pr-2',
    name: 'Summit Spine',
    clinics: [
      { id: 'cl-den', name: 'Summit — Denver', timezone: 'America/Denver' },
      { id: 'cl-anc', name: 'Summit — Anchorage', timezone: 'America/Anchorage' },
    ],
  },
];

function renderForm() {
  render(
    <section aria-labelledby="invite-heading">
      <h2 id="invite-heading">Invite a therapist</h2>
      <InviteTherapistForm practices={practices} />
    </section>,
  );
  const form = screen.getByRole('form', { name: 'Invite a therapist' });
  return { user: userEvent.setup(), form, f: (label: string) => within(form).getByLabelText<HTMLInputElement>(label) };
}

describe('InviteTherapistForm', () => {
  test('bad input is named under its field and nothing is sent; a taken email is said at the top', async () => {
    const { user, form, f } = renderForm();
    await user.type(f('Email'), 'casey@');
    await user.click(within(form).getByRole('button', { name: 'Send invitation' }));
    await waitFor(() => expect(within(form).getByRole('alert').textContent).toBe('Please check the highlighted fields.'));
    expect(description(f('Full name'))).toBe('Name is required.');
    expect(description(f('Email'))).toBe('Email must be an email address.');
    await waitFor(() => expect(document.activeElement).toBe(f('Full name')));
    expect(sentBodies()).toEqual([]);

    await user.type(f('Full name'), 'Casey Okafor');
    await user.type(f('Email'), 'example.test');
    net.answers.push({ status: 409, body: { error: { code: 'EMAIL_TAKEN', message: 'Email already registered.' } } });
    await user.click(within(form).getByRole('button', { name: 'Send invitation' }));
    await waitFor(() => expect(within(form).getByRole('alert').textContent).toBe('An account with this email already exists.'));
    expect(description(f('Email'))).toBe('');
    expect(sentBodies()).toHaveLength(1);
  });

  test('another practice brings its clinics and their zone; the body sent, then a fresh form', async () => {
    const { user, form, f } = renderForm();
    expect(f('Time zone of their working hours').value).toBe('America/Chicago');
    await user.selectOptions(f('Practice'), 'Summit Spine');
    expect(f('Home clinic').value).toBe('cl-den');
    expect(f('Time zone of their working hours').value).toBe('America/Denver');
    await user.selectOptions(f('Home clinic'), 'Summit — Anchorage');
    expect(f('Time zone of their working hours').value).toBe('America/Anchorage');
    await user.type(f('Full name'), ' Casey Okafor ');
    await user.type(f('Email'), 'Casey@Example.test');
    await user.clear(f('Credentials'));
    await user.click(within(form).getByRole('checkbox', { name: 'Offers video visits' }));

    net.answers.push({
      status: 201,
      body: { userId: 'u-9', therapistId: 'th-9', email: 'casey@example.test', name: 'Casey Okafor', inviteExpiresAt: '' },
    });
    await user.click(within(form).getByRole('button', { name: 'Send invitation' }));
    await waitFor(() =>
      expect(within(form).getByRole('status').textContent).toBe(
        'Invitation sent to casey@example.test. The link to set a password works for 72 hours.',
      ),
    );
    expect(sentBodies()).toEqual([
      {
        name: 'Casey Okafor',
        email: 'casey@example.test',
        practiceId: 'pr-2',
        clinicId: 'cl-anc',
        timezone: 'America/Anchorage',
        offersVirtual: true,
        credentials: 'PT, DPT',
      },
    ]);
    expect(refresh).toHaveBeenCalled();
    // Ready for the next one, in the same practice.
    expect(f('Full name').value).toBe('');
    expect(f('Credentials').value).toBe('PT, DPT');
    expect(f('Practice').value).toBe('pr-2');
    expect(f('Home clinic').value).toBe('cl-den');
  });
});
