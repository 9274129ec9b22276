// A library exercise filled in before the page finished loading (before hydration) is the one
// saved: text, selects, condition checkboxes and the dose.
import { act, fireEvent, waitFor, within } from '@testing-library/react';
import type { Root } from 'react-dom/client';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { fakeFetch } from '@/tests/support/fake-fetch';
import { hydrateAfter } from '@/tests/support/hydrate-after';
import { ExerciseForm } from './exercise-form';

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

test('adds the exercise as filled in before hydration', async () => {
  const form = <ExerciseForm exercise={null} illustrations={['bridge.svg', 'plank.svg']} backTo="/therapist/exercises" />;
  root = await hydrateAfter(container, form, (page) => {
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
  net.answers.push({ status: 201, body: {} });
  await act(async () => fireEvent.click(within(container).getByRole('button', { name: 'Add to the library' })));

  await waitFor(() => expect(net.sent).toHaveLength(1));
  expect(net.sent[0]!.body).toEqual({
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
