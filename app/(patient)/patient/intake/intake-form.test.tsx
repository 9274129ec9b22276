// The intake form in a browser-like document: what it says when questions are unanswered, the body
// it sends (checked by the API's own schema first), and a choice made before hydration.
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { AGGRAVATORS, DURATIONS, PAIN_AREAS } from '@/lib/intake/intake-options';
import { RED_FLAGS } from '@/lib/intake/red-flags';
import { ODI_INSTRUCTIONS, ODI_SECTIONS } from '@/lib/outcomes/oswestry-sections';
import { description } from '@/tests/support/dom';
import { fakeFetch } from '@/tests/support/fake-fetch';
import { IntakeForm, type IntakeChoices } from './intake-form';

const choices: IntakeChoices = {
  painAreas: [...PAIN_AREAS],
  durations: [...DURATIONS],
  aggravators: [...AGGRAVATORS],
  redFlags: RED_FLAGS.map((f) => ({ key: f.key, question: f.question })),
  odiInstructions: ODI_INSTRUCTIONS,
  odiSections: ODI_SECTIONS.map((s) => ({ title: s.title, statements: [...s.statements] })),
};
const allNo = Object.fromEntries(RED_FLAGS.map((f) => [f.key, false]));

const saved = {
  id: 'in-1',
  urgent: false,
  redFlags: [],
  suggestedModality: 'VIRTUAL',
  suggestionReasons: [],
  oswestryScore: null,
};
let net: ReturnType<typeof fakeFetch>;
beforeEach(() => {
  net = fakeFetch();
  net.answers.push({ status: 201, body: saved });
});
const sentBodies = () => net.sent.map((r) => r.body);
afterEach(() => vi.unstubAllGlobals());

const form = () => screen.getByRole('form', { name: 'Intake questions' });
const group = (name: string | RegExp) => within(form()).getByRole('group', { name });

async function answerAll(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByLabelText('What brings you in?'), '  Low back pain after gardening ');
  await user.click(within(group('Where does it hurt?')).getByRole('checkbox', { name: 'Low back' }));
  await user.click(within(group('Where does it hurt?')).getByRole('checkbox', { name: 'Buttock' }));
  await user.click(within(group('How long have you had it?')).getByRole('radio', { name: '2 to 6 weeks' }));
  await user.click(within(group('What makes it worse?')).getByRole('checkbox', { name: 'Bending forward' }));
  await user.type(screen.getByLabelText('What would you like to be able to do again?'), 'Garden without pain');
  await user.click(within(group(/Your pain right now/)).getByRole('radio', { name: '6' }));
  const flags = within(screen.getByRole('region', { name: 'Warning signs' })).getAllByRole('group');
  for (const question of flags) await user.click(within(question).getByRole('radio', { name: 'No' }));
}

describe('IntakeForm', () => {
  test('unanswered questions: a summary takes focus and each question says what is missing; nothing is sent', async () => {
    const user = userEvent.setup();
    render(<IntakeForm choices={choices} next={null} virtualHref="/book" />);
    await user.click(screen.getByRole('button', { name: 'Send my answers' }));

    // The form's checks are loaded on first use (lazyResolver): wait for the answer.
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe('Please answer every question marked below (6 to go).'),
    );
    const summary = screen.getByRole('alert');
    expect(document.activeElement).toBe(summary);
    expect(description(screen.getByLabelText('What brings you in?'))).toBe(
      'In your own words: what hurts, and what happened. Tell us in a few words why you are coming in.',
    );
    expect(description(group('Where does it hurt?'))).toBe('Choose all that apply. Choose at least one place.');
    expect(description(group('How long have you had it?'))).toBe('Choose how long you have had it.');
    expect(description(group(/Your pain right now/))).toBe('Choose a number from 0 to 10.');
    expect(screen.getByText('Answer yes or no to each question.')).toBeTruthy();
    expect(sentBodies()).toEqual([]);

    // Answered all but one warning sign: one to go.
    await answerAll(user);
    const first = within(screen.getByRole('region', { name: 'Warning signs' })).getAllByRole('radio', { name: 'No' })[0]!;
    first
      .closest('fieldset')!
      .querySelectorAll('input')
      .forEach((radio) => (radio.checked = false));
    await user.click(screen.getByRole('button', { name: 'Send my answers' }));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe('Please answer every question marked below (1 to go).'),
    );
    expect(sentBodies()).toEqual([]);
  });

  test('answered, it sends the API body (trimmed, yes/no as booleans, the rating as a number) and shows the result', async () => {
    const user = userEvent.setup();
    render(<IntakeForm choices={choices} next="/book?type=vt-1" virtualHref="/book" />);
    await answerAll(user);
    await user.click(screen.getByRole('checkbox', { name: /Also answer the Oswestry questionnaire/ }));
    const sections = screen.getAllByRole('group', { name: /^Section \d+:/ });
    expect(sections).toHaveLength(10);
    await user.click(within(sections[0]!).getAllByRole('radio')[2]!);
    await user.click(within(sections[1]!).getByRole('radio', { name: 'Skip this section (does not apply to me)' }));
    await user.click(screen.getByRole('button', { name: 'Send my answers' }));

    await waitFor(() => expect(sentBodies()).toHaveLength(1));
    expect(sentBodies()).toEqual([
      {
        reason: 'Low back pain after gardening',
        painAreas: ['low-back', 'buttock'],
        duration: '2-6-weeks',
        aggravators: ['bending'],
        goals: 'Garden without pain',
        baselinePain: 6,
        redFlags: allNo,
        oswestryAnswers: [2, null, null, null, null, null, null, null, null, null],
      },
    ]);
    expect(screen.getByRole('heading', { name: 'Thank you: your answers are saved for your therapist' })).toBeTruthy();
  });

  test('choices made before the page finished loading (before hydration) are the ones sent', async () => {
    const container = document.createElement('div');
    container.innerHTML = renderToString(<IntakeForm choices={choices} next={null} virtualHref="/book" />);
    document.body.appendChild(container);
    const input = (selector: string) => {
      const el = container.querySelector(selector);
      if (!(el instanceof HTMLInputElement)) throw new Error(`no ${selector}`);
      return el;
    };
    const textarea = (selector: string) => {
      const el = container.querySelector(selector);
      if (!(el instanceof HTMLTextAreaElement)) throw new Error(`no ${selector}`);
      return el;
    };
    // Not the first option of any group: a registration that reset the group would lose it.
    textarea('#intake-reason').value = 'Sciatica';
    textarea('#intake-goals').value = 'Walk the dog';
    input('input[type=checkbox][value="hip"]').checked = true;
    input('input[name="duration"][value="over-12-weeks"]').checked = true;
    input('input[name="baselinePain"][value="7"]').checked = true;
    for (const f of RED_FLAGS) input(`input[name="flag-${f.key}"][value="no"]`).checked = true;

    const root = await act(async () => hydrateRoot(container, <IntakeForm choices={choices} next={null} virtualHref="/book" />));
    expect(input('input[name="duration"][value="over-12-weeks"]').checked).toBe(true);
    await act(async () => fireEvent.click(within(container).getByRole('button', { name: 'Send my answers' })));
    await waitFor(() => expect(sentBodies()).toHaveLength(1));

    expect(sentBodies()).toEqual([
      {
        reason: 'Sciatica',
        painAreas: ['hip'],
        duration: 'over-12-weeks',
        aggravators: [],
        goals: 'Walk the dog',
        baselinePain: 7,
        redFlags: allNo,
        oswestryAnswers: null,
      },
    ]);
    act(() => root.unmount());
    container.remove();
  });
});
