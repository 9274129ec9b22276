// RTM switches flipped before the page finished loading (before hydration) are the ones saved.
import { act, fireEvent, waitFor, within } from '@testing-library/react';
import type { Root } from 'react-dom/client';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { fakeFetch } from '@/tests/support/fake-fetch';
import { hydrateAfter } from '@/tests/support/hydrate-after';
import { RtmSettingForm } from './rtm-setting-form';

vi.mock('next/navigation', () => ({ useRouter: () => ({ push: vi.fn(), refresh: vi.fn() }) }));

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

test('saves the switches flipped before hydration', async () => {
  const form = <RtmSettingForm practiceId="pr-1" rtmEnabled={false} messagesCountAsInteractive />;
  root = await hydrateAfter(container, form, (page) => {
    (page.getByRole('checkbox', { name: /Offer remote therapeutic monitoring/ }) as HTMLInputElement).checked = true;
    (page.getByRole('checkbox', { name: /Count a message exchange/ }) as HTMLInputElement).checked = false;
  });
  net.answers.push({ status: 200, body: {} });
  await act(async () => fireEvent.click(within(container).getByRole('button', { name: /Save/ })));

  await waitFor(() => expect(net.sent).toHaveLength(1));
  expect(net.sent[0]!.body).toEqual({ rtmEnabled: true, messagesCountAsInteractive: false });
});
