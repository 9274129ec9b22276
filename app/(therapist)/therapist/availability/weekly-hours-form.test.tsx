// Weekly hours changed before the page finished loading (before hydration) are the ones saved,
// and the server's ranges hydrate with the same ids (no hydration mismatch).
import { act, fireEvent, waitFor, within } from '@testing-library/react';
import { expect, test, vi } from 'vitest';
import { hydrationHarness } from '@/tests/support/hydrate-after';
import { WeeklyHoursForm } from './weekly-hours-form';

vi.mock('next/navigation', () => ({ useRouter: () => ({ push: vi.fn(), refresh: vi.fn() }) }));

const h = hydrationHarness();

const rule = (weekday: number, startMinute: number, endMinute: number) => ({
  weekday,
  startMinute,
  endMinute,
  modality: 'VIRTUAL',
  clinicId: null,
  validFrom: '2026-11-01',
  validUntil: null,
});

test('saves the hours changed on two days before hydration', async () => {
  const form = (
    <WeeklyHoursForm
      rules={[rule(1, 540, 720), rule(3, 780, 1020)]}
      places={[]}
      offersVirtual
      defaultWhere="VIRTUAL"
      visitTypes={[]}
      timeZone="America/Los_Angeles"
      today="2026-12-05"
    />
  );
  await h.hydrate(form, (page) => {
    const [mondayFrom, wednesdayFrom] = page.getAllByLabelText('From') as HTMLInputElement[];
    const [, wednesdayTo] = page.getAllByLabelText('To') as HTMLInputElement[];
    mondayFrom!.value = '08:00';
    wednesdayFrom!.value = '12:00';
    wednesdayTo!.value = '18:00';
  });
  h.net.answers.push({ status: 200, body: { orphans: [] } });
  await act(async () => fireEvent.click(within(h.container).getByRole('button', { name: 'Save weekly hours' })));

  await waitFor(() => expect(h.net.sent).toHaveLength(1));
  expect(h.net.sent[0]!.body).toEqual({
    rules: [
      {
        weekday: 1,
        startMinute: 480,
        endMinute: 720,
        modality: 'VIRTUAL',
        clinicId: null,
        validFrom: '2026-11-01',
        validUntil: null,
      },
      {
        weekday: 3,
        startMinute: 720,
        endMinute: 1080,
        modality: 'VIRTUAL',
        clinicId: null,
        validFrom: '2026-11-01',
        validUntil: null,
      },
    ],
    confirmOrphans: false,
  });
});
