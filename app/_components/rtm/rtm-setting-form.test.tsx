// RTM switches flipped before the page finished loading (before hydration) are the ones saved.
import { act, fireEvent, waitFor, within } from '@testing-library/react';
import { expect, test, vi } from 'vitest';
import { hydrationHarness } from '@/tests/support/hydrate-after';
import { RtmSettingForm } from './rtm-setting-form';

vi.mock('next/navigation', () => ({ useRouter: () => ({ push: vi.fn(), refresh: vi.fn() }) }));

const h = hydrationHarness();

test('saves the switches flipped before hydration', async () => {
  const form = <RtmSettingForm practiceId="pr-1" rtmEnabled={false} messagesCountAsInteractive />;
  await h.hydrate(form, (page) => {
    (page.getByRole('checkbox', { name: /Offer remote therapeutic monitoring/ }) as HTMLInputElement).checked = true;
    (page.getByRole('checkbox', { name: /Count a message exchange/ }) as HTMLInputElement).checked = false;
  });
  h.net.answers.push({ status: 200, body: {} });
  await act(async () => fireEvent.click(within(h.container).getByRole('button', { name: /Save/ })));

  await waitFor(() => expect(h.net.sent).toHaveLength(1));
  expect(h.net.sent[0]!.body).toEqual({ rtmEnabled: true, messagesCountAsInteractive: false });
});
