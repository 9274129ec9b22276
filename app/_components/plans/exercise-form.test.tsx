// A library exercise filled in before the page finished loading (before hydration) is the one
// saved: text, selects, condition checkboxes and the dose.
import { act, fireEvent, waitFor, within } from '@testing-library/react';
import { expect, test, vi } from 'vitest';
import { hydrationHarness } from '@/tests/support/hydrate-after';
import { ExerciseForm } from './exercise-form';

vi.mock('next/navigation', () => ({ useRouter: () => ({ push: vi.fn(), refresh: vi.fn() }) }));

const h = hydrationHarness();

test('adds the exercise as filled in before hydration', async () => {
  const form = <ExerciseForm exercise={null} illustrations={['bridge.svg', 'plank.svg']} backTo="/therapist/exercises" />;
  await h.hydrate(form, (page) => {
    const set = (label: string, value: string) => ((page.getByLabelText(label) as HTMLInputElement).value = value);
    set('Name', 'Side plank');
    set('What it is for', 'Trunk endurance');
    set('Steps', 'Lie on your side\nLift your hips');
    set('Body region', 'CORE');
    set('Category', 'STABILIZATION');
    set('Drawing', 'plank.svg');
    set('Sets', '3');
    set('Reps', '');
    set('Hold (seconds)', '20');
    (page.getByLabelText('Sciatica') as HTMLInputElement).checked = true;
  });
  h.net.answers.push({ status: 201, body: {} });
  await act(async () => fireEvent.click(within(h.container).getByRole('button', { name: 'Add to the library' })));

  await waitFor(() => expect(h.net.sent).toHaveLength(1));
  expect(h.net.sent[0]!.body).toEqual({
    name: 'Side plank',
    purpose: 'Trunk endurance',
    cautions: '',
    region: 'CORE',
    category: 'STABILIZATION',
    conditions: ['SCIATICA'],
    illustration: 'plank.svg',
    defaultDosage: { sets: 3, reps: null, holdSeconds: 20, minutes: null, timesPerDay: 1, daysPerWeek: 7 },
    steps: ['Lie on your side', 'Lift your hips'],
  });
});
