// A date and time off typed before the page finished loading (before hydration) are the ones
// saved: the e2e run once saw "Choose the date to change." after filling the date at once.
import { act, fireEvent, waitFor, within } from '@testing-library/react';
import type { ReactElement } from 'react';
import { describe, expect, test, vi } from 'vitest';
import { hydrationHarness } from '@/tests/support/hydrate-after';
import { DateOverrideForm } from './date-override-form';
import { TimeOffForm } from './time-off-form';

vi.mock('next/navigation', () => ({ useRouter: () => ({ push: vi.fn(), refresh: vi.fn() }) }));

const h = hydrationHarness();

/** Renders on the "server", lets `typeBefore` fill fields by their labels, then hydrates. */
const hydrateAfter = (element: ReactElement, typeBefore: (field: (label: string) => HTMLInputElement) => void) =>
  h.hydrate(element, (page) => typeBefore((label) => page.getByLabelText(label) as HTMLInputElement));

describe('typed before hydration', () => {
  test('a date override saves the date typed before hydration', async () => {
    const form = (
      <DateOverrideForm
        places={[]}
        offersVirtual
        defaultWhere="VIRTUAL"
        visitTypes={[]}
        timeZone="America/Los_Angeles"
        today="2026-12-05"
      />
    );
    await hydrateAfter(form, (field) => {
      field('Date').value = '2026-12-19';
    });
    h.net.answers.push({ status: 200, body: { orphans: [] } });
    await act(async () => fireEvent.click(within(h.container).getByLabelText('Closed all day')));
    await act(async () => fireEvent.click(within(h.container).getByRole('button', { name: 'Save this date' })));

    await waitFor(() => expect(h.net.sent).toHaveLength(1));
    expect(h.net.sent[0]!.body).toEqual({ date: '2026-12-19', ranges: [], confirmOrphans: false });
    expect(within(h.container).getByRole('status').textContent).toContain('Hours on 2026-12-19: saved.');
    expect(within(h.container).queryByRole('alert')).toBeNull();
  });

  test('a date chosen as closed before hydration saves closed', async () => {
    const form = (
      <DateOverrideForm
        places={[]}
        offersVirtual
        defaultWhere="VIRTUAL"
        visitTypes={[]}
        timeZone="America/Los_Angeles"
        today="2026-12-05"
      />
    );
    await hydrateAfter(form, (field) => {
      field('Date').value = '2026-12-24';
      field('Closed all day').checked = true;
    });
    h.net.answers.push({ status: 200, body: { orphans: [] } });
    await act(async () => fireEvent.click(within(h.container).getByRole('button', { name: 'Save this date' })));

    await waitFor(() => expect(h.net.sent).toHaveLength(1));
    expect(h.net.sent[0]!.body).toEqual({ date: '2026-12-24', ranges: [], confirmOrphans: false });
  });

  test('time off saves the start, end and reason typed before hydration', async () => {
    await hydrateAfter(<TimeOffForm visitTypes={[]} timeZone="America/Los_Angeles" />, (field) => {
      field('Starts').value = '2026-12-19T09:00';
      field('Ends').value = '2026-12-19T12:00';
      field('Reason (optional, only you see it)').value = 'Course';
    });
    h.net.answers.push({ status: 201, body: { orphans: [] } });
    await act(async () => fireEvent.click(within(h.container).getByRole('button', { name: 'Save time off' })));

    await waitFor(() => expect(h.net.sent).toHaveLength(1));
    // 09:00 and 12:00 in Los Angeles in December (UTC−8).
    expect(h.net.sent[0]!.body).toEqual({
      startsAt: '2026-12-19T17:00:00.000Z',
      endsAt: '2026-12-19T20:00:00.000Z',
      reason: 'Course',
      confirmOrphans: false,
    });
  });
});
