// A password typed before the page finished loading (before hydration) is the one set. The
// fields are uncontrolled (read from the form on submit), so this guards against a change to
// controlled ones without replaying what was typed (see replay-early-value).
import { act, fireEvent, waitFor, within } from '@testing-library/react';
import type { Root } from 'react-dom/client';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { fakeFetch } from '@/tests/support/fake-fetch';
import { hydrateAfter } from '@/tests/support/hydrate-after';
import { SetPasswordForm } from './set-password-form';

let net: ReturnType<typeof fakeFetch>;
let container: HTMLDivElement;
let root: Root | null = null;
beforeEach(() => {
  net = fakeFetch();
  container = document.createElement('div');
  document.body.appendChild(container);
});
afterEach(() => {
  if (root) act(() => root!.unmount());
  root = null;
  container.remove();
  vi.unstubAllGlobals();
});

test('sets the password typed before hydration', async () => {
  root = await hydrateAfter(container, <SetPasswordForm token="tok-1" email="pat@example.com" />, (page) => {
    (page.getByLabelText('New password') as HTMLInputElement).value = 'quiet harbor lantern';
    (page.getByLabelText('Confirm new password') as HTMLInputElement).value = 'quiet harbor lantern';
  });
  net.answers.push({ status: 200, body: {} });
  await act(async () => fireEvent.click(within(container).getByRole('button', { name: 'Set password' })));

  await waitFor(() => expect(net.sent).toHaveLength(1));
  expect(net.sent[0]!.body).toEqual({ token: 'tok-1', password: 'quiet harbor lantern' });
  await waitFor(() => expect(within(container).getByRole('status').textContent).toContain('Your password is set.'));
});
