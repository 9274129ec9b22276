// The plan builder in a browser-like document: building a plan from the library, the body it sends
// (checked by the API's plan schema first), what it says about a plan that cannot be saved, and a
// new version of an existing plan. The network is a recorded fake `fetch`.
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { ExerciseView } from '@/lib/exercises/schemas';
import type { PlanView } from '@/lib/plans/schemas';
import { fakeFetch } from '@/tests/support/fake-fetch';
import { PlanBuilder } from './plan-builder';

const push = vi.fn();
vi.mock('next/navigation', () => ({ useRouter: () => ({ push, refresh: vi.fn() }) }));

let net: ReturnType<typeof fakeFetch>;
beforeEach(() => {
  push.mockReset();
  net = fakeFetch();
});
const sent = () => net.sent.map((r) => ({ url: r.url, body: r.body }));
afterEach(() => vi.unstubAllGlobals());

function exercise(id: string, name: string, conditions: ExerciseView['conditions'], reps: number | null): ExerciseView {
  return {
    id,
    slug: id,
    name,
    purpose: `${name} purpose`,
    steps: ['Do it'],
    cautions: '',
    region: 'LOWER_BACK',
    category: 'MOBILITY',
    conditions,
    illustration: `${id}.svg`,
    illustrationUrl: `/exercises/${id}.svg`,
    defaultDosage: { sets: 2, reps, holdSeconds: null, minutes: null, timesPerDay: 2, daysPerWeek: 7 },
    active: true,
    practiceId: null,
    editable: false,
  };
}
const exercises = [
  exercise('glide', 'Sciatic nerve glide (seated)', ['SCIATICA'], 10),
  exercise('press-up', 'Prone press-up', ['SCIATICA', 'DISC_HERNIATION'], 10),
  exercise('bend', 'Seated forward bend', ['LUMBAR_OSTEOARTHRITIS'], null),
];
const TODAY = '2026-03-10';

function renderBuilder(plan: PlanView | null = null) {
  render(<PlanBuilder patientId="pat-1" plan={plan} exercises={exercises} templates={[]} today={TODAY} />);
  return userEvent.setup();
}

describe('PlanBuilder', () => {
  test('a new plan from the library: the dose as edited, times of day, and the API body', async () => {
    net.answers.push({ status: 201, body: { current: { version: 1 } } });
    const user = renderBuilder();
    expect(screen.getByRole('button', { name: 'Save the plan' }).hasAttribute('disabled')).toBe(true);
    await user.selectOptions(screen.getByLabelText('Condition'), 'Sciatica');
    expect(screen.queryByRole('button', { name: 'Add Seated forward bend' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Add Sciatic nerve glide (seated)' }));
    await user.click(screen.getByRole('button', { name: 'Add Prone press-up' }));
    expect(screen.getByRole('status').textContent).toBe('Added Prone press-up.');
    expect(screen.getByRole('button', { name: 'Added Prone press-up' }).hasAttribute('disabled')).toBe(true);

    await user.clear(screen.getByLabelText('Title'));
    await user.type(screen.getByLabelText('Title'), ' Sciatica home program ');
    await user.clear(screen.getByLabelText('Times a day for Prone press-up'));
    await user.type(screen.getByLabelText('Times a day for Prone press-up'), '1');
    await user.clear(screen.getByLabelText('Reps for Prone press-up'));
    await user.clear(screen.getByLabelText('Sets for Prone press-up'));
    await user.click(
      within(screen.getByRole('group', { name: /When in the day for Sciatic nerve glide/ })).getByLabelText('Evening'),
    );
    await user.type(screen.getByLabelText(/Note for Prone press-up/), 'Slowly');
    await user.click(screen.getByRole('button', { name: 'Save the plan' }));

    // The form's checks are loaded on first use (lazyResolver): wait for the request.
    await waitFor(() => expect(sent()).toHaveLength(1));
    const dose = { sets: 2, reps: 10, holdSeconds: null, minutes: null, timesPerDay: 2, daysPerWeek: 7 };
    expect(sent()).toEqual([
      {
        url: '/api/patients/pat-1/plans',
        body: {
          title: 'Sciatica home program',
          startsOn: TODAY,
          endsOn: null,
          notes: '',
          items: [
            { exerciseId: 'glide', ...dose, notes: '', timesOfDay: ['EVENING'] },
            // An emptied optional dose is none; an emptied required one is the least.
            { exerciseId: 'press-up', ...dose, sets: 1, reps: null, timesPerDay: 1, notes: 'Slowly', timesOfDay: [] },
          ],
        },
      },
    ]);
    expect(push).toHaveBeenCalledWith('/therapist/patients/pat-1?saved=1');
  });

  test('a plan that cannot be saved: every problem named in the message, which takes focus; nothing is sent', async () => {
    const user = renderBuilder();
    await user.click(screen.getByRole('button', { name: 'Add Prone press-up' }));
    await user.clear(screen.getByLabelText('Title'));
    await user.clear(screen.getByLabelText('Times a day for Prone press-up'));
    await user.type(screen.getByLabelText('Times a day for Prone press-up'), '1');
    const times = within(screen.getByRole('group', { name: /When in the day for Prone press-up/ }));
    await user.click(times.getByLabelText('Morning'));
    await user.click(times.getByLabelText('Evening'));
    await user.clear(screen.getByLabelText('Days a week for Prone press-up'));
    await user.type(screen.getByLabelText('Days a week for Prone press-up'), '9');
    await user.type(screen.getByLabelText(/^Ends/), '2026-03-01');
    await user.click(screen.getByRole('button', { name: 'Save the plan' }));

    await waitFor(() => expect(screen.getByRole('alert').textContent).not.toBe(''));
    const message = screen.getByRole('alert');
    expect(message.textContent).toBe(
      'Give the plan a title. The end must be on or after the start. ' +
        'Prone press-up: days a week must be a whole number from 1 to 7. ' +
        'Prone press-up: choose no more times of day than times a day.',
    );
    expect(document.activeElement).toBe(message);
    expect(sent()).toEqual([]);
  });

  test('an existing plan: a new version from the one it started from, in the order as moved; a refusal is said', async () => {
    const item = (exerciseId: string, name: string) => ({
      exerciseId,
      position: 0,
      name,
      purpose: '',
      steps: [],
      cautions: '',
      region: 'LOWER_BACK' as const,
      category: 'MOBILITY' as const,
      illustrationUrl: '',
      dosage: { sets: 3, reps: 8, holdSeconds: null, minutes: null, timesPerDay: 1, daysPerWeek: 5 },
      dosageText: '',
      notes: '',
      timesOfDay: [],
    });
    const version = {
      version: 4,
      startsOn: '2026-03-01',
      endsOn: '2026-04-30',
      effectiveFrom: '2026-03-01',
      notes: 'Keep going',
      createdAt: '2026-03-01T00:00:00Z',
      createdBy: null,
      items: [item('glide', 'Sciatic nerve glide (seated)'), item('press-up', 'Prone press-up')],
    };
    const plan: PlanView = {
      id: 'plan-1',
      title: 'Back plan',
      patient: { id: 'pat-1', name: 'Pat' },
      therapist: { id: 'th-1', name: 'Dana' },
      endedAt: null,
      createdAt: '2026-03-01T00:00:00Z',
      current: version,
      history: [],
    };
    const user = renderBuilder(plan);
    expect(screen.getByLabelText('Title')).toHaveProperty('value', 'Back plan');
    await user.click(screen.getByRole('button', { name: 'Down Sciatic nerve glide (seated)' }));
    expect(screen.getAllByRole('group', { name: /^\d\. / }).map((g) => g.querySelector('legend')?.textContent)).toEqual([
      '1. Prone press-up',
      '2. Sciatic nerve glide (seated)',
    ]);
    net.answers.push({ status: 409, body: { error: { code: 'PLAN_CHANGED', message: 'Someone saved a newer version.' } } });
    await user.click(screen.getByRole('button', { name: 'Save as a new version' }));

    await waitFor(() => expect(screen.getByRole('alert').textContent).not.toBe(''));
    expect(sent()).toHaveLength(1);
    expect(sent()[0]).toMatchObject({
      url: '/api/plans/plan-1/versions',
      body: {
        title: 'Back plan',
        startsOn: '2026-03-01',
        endsOn: '2026-04-30',
        notes: 'Keep going',
        basedOnVersion: 4,
        items: [{ exerciseId: 'press-up' }, { exerciseId: 'glide' }],
      },
    });
    expect(screen.getByRole('alert').textContent).toBe('Someone saved a newer version.');
    expect(document.activeElement).toBe(screen.getByRole('alert'));
    expect(push).not.toHaveBeenCalled();
  });
});
