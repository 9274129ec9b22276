// A sleep check-in filled in before the page finished loading (before hydration) is the one
// saved: the pain chosen, times woken and hours slept, not "choose how much it hurt" and defaults.
import { act, fireEvent, waitFor, within } from '@testing-library/react';
import type { Root } from 'react-dom/client';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { fakeFetch } from '@/tests/support/fake-fetch';
import { hydrateAfter } from '@/tests/support/hydrate-after';
import { SleepCheckInCard } from './sleep-check-in';

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

test('saves the pain, times woken and hours chosen before hydration', async () => {
  root = await hydrateAfter(container, <SleepCheckInCard />, (page) => {
    (page.getByRole('radio', { name: '4' }) as HTMLInputElement).checked = true;
    (page.getByLabelText('Times woken by pain') as HTMLInputElement).value = '2';
    (page.getByLabelText('Hours slept') as HTMLInputElement).value = '6.5';
  });
  net.answers.push({ status: 201, body: {} });
  await act(async () => fireEvent.click(within(container).getByRole('button', { name: 'Save sleep check-in' })));

  await waitFor(() => expect(net.sent).toHaveLength(1));
  expect(net.sent[0]!.body).toEqual({ painLyingDown: 4, timesWoken: 2, hoursSlept: 6.5 });
  expect(within(container).getByRole('alert').textContent).toBe('');
});
