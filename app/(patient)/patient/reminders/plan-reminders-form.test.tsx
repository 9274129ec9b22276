// Reminders switched and timed before the page finished loading (before hydration) are the ones
// saved.
import { act, fireEvent, waitFor, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { hydrationHarness } from '@/tests/support/hydrate-after';
import type { PlanRemindersView } from '@/lib/plan-reminders/schemas';
import { PlanRemindersForm } from './plan-reminders-form';

const h = hydrationHarness();

const initial: PlanRemindersView = {
  timezone: 'America/New_York',
  plannedTimes: ['MORNING', 'BEFORE_BED'],
  reminders: [
    { timeOfDay: 'MORNING', enabled: false, time: '08:00', nextAt: null },
    { timeOfDay: 'MIDDAY', enabled: false, time: '12:00', nextAt: null },
    { timeOfDay: 'EVENING', enabled: false, time: '18:00', nextAt: null },
    { timeOfDay: 'BEFORE_BED', enabled: true, time: '21:30', nextAt: '2026-12-06T02:30:00.000Z' },
  ],
};

test('saves the switches and times changed before hydration', async () => {
  await h.hydrate(<PlanRemindersForm initial={initial} />, (page) => {
    (page.getByLabelText('Email me in the morning') as HTMLInputElement).checked = true;
    (page.getByLabelText('Morning reminder time') as HTMLInputElement).value = '07:15';
    (page.getByLabelText('Email me before bed') as HTMLInputElement).checked = false;
  });
  h.net.answers.push({ status: 200, body: initial });
  await act(async () => fireEvent.click(within(h.container).getByRole('button', { name: 'Save reminders' })));

  await waitFor(() => expect(h.net.sent).toHaveLength(1));
  expect(h.net.sent[0]!.body).toEqual({
    reminders: [
      { timeOfDay: 'MORNING', enabled: true, time: '07:15' },
      { timeOfDay: 'BEFORE_BED', enabled: false, time: '21:30' },
    ],
  });
});
