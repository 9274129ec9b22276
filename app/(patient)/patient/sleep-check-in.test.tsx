// A sleep check-in filled in before the page finished loading (before hydration) is the one
// saved: the pain chosen, times woken and hours slept, not "choose how much it hurt" and defaults.
import { act, fireEvent, waitFor, within } from '@testing-library/react';
import { expect, test, vi } from 'vitest';
import { hydrationHarness } from '@/tests/support/hydrate-after';
import { SleepCheckInCard } from './sleep-check-in';

vi.mock('next/navigation', () => ({ useRouter: () => ({ push: vi.fn(), refresh: vi.fn() }) }));

const h = hydrationHarness();

test('saves the pain, times woken and hours chosen before hydration', async () => {
  await h.hydrate(<SleepCheckInCard />, (page) => {
    (page.getByRole('radio', { name: '4' }) as HTMLInputElement).checked = true;
    (page.getByLabelText('Times woken by pain') as HTMLInputElement).value = '2';
    (page.getByLabelText('Hours slept') as HTMLInputElement).value = '6.5';
  });
  h.net.answers.push({ status: 201, body: {} });
  await act(async () => fireEvent.click(within(h.container).getByRole('button', { name: 'Save sleep check-in' })));

  await waitFor(() => expect(h.net.sent).toHaveLength(1));
  expect(h.net.sent[0]!.body).toEqual({ painLyingDown: 4, timesWoken: 2, hoursSlept: 6.5 });
  expect(within(h.container).getByRole('alert').textContent).toBe('');
});
