// A password typed before the page finished loading (before hydration) is the one set. The
// fields are uncontrolled (read from the form on submit), so this guards against a change to
// controlled ones without replaying what was typed (see replay-early-value).
import { act, fireEvent, waitFor, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { hydrationHarness } from '@/tests/support/hydrate-after';
import { SetPasswordForm } from './set-password-form';

const h = hydrationHarness();

test('sets the password typed before hydration', async () => {
  await h.hydrate(<SetPasswordForm token="tok-1" email="pat@example.com" />, (page) => {
    (page.getByLabelText('New password') as HTMLInputElement).value = 'quiet harbor lantern';
    (page.getByLabelText('Confirm new password') as HTMLInputElement).value = 'quiet harbor lantern';
  });
  h.net.answers.push({ status: 200, body: {} });
  await act(async () => fireEvent.click(within(h.container).getByRole('button', { name: 'Set password' })));

  await waitFor(() => expect(h.net.sent).toHaveLength(1));
  expect(h.net.sent[0]!.body).toEqual({ token: 'tok-1', password: 'quiet harbor lantern' });
  await waitFor(() => expect(within(h.container).getByRole('status').textContent).toContain('Your password is set.'));
});
