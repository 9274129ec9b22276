// SOAP sections typed before the page finished loading (before hydration) are the ones saved.
import { act, fireEvent, waitFor, within } from '@testing-library/react';
import { expect, test, vi } from 'vitest';
import { hydrationHarness } from '@/tests/support/hydrate-after';
import { NoteEditor } from './note-editor';

vi.mock('next/navigation', () => ({ useRouter: () => ({ push: vi.fn(), refresh: vi.fn() }) }));

const h = hydrationHarness();

test('a draft saves the sections typed before hydration', async () => {
  await h.hydrate(<NoteEditor appointmentId="appt-1" draft={null} />, (page) => {
    (page.getByLabelText('Subjective') as HTMLTextAreaElement).value = 'Low back pain 4/10.';
    (page.getByLabelText('Plan') as HTMLTextAreaElement).value = 'Bridges daily.';
  });
  expect(within(h.container).getByRole('status').textContent).toBe('Unsaved changes.');
  h.net.answers.push({ status: 200, body: { updatedAt: '2026-12-05T21:00:00.000Z' } });
  await act(async () => fireEvent.click(within(h.container).getByRole('button', { name: 'Save draft' })));

  await waitFor(() => expect(h.net.sent).toHaveLength(1));
  expect(h.net.sent[0]!.body).toEqual({
    subjective: 'Low back pain 4/10.',
    objective: '',
    assessment: '',
    plan: 'Bridges daily.',
    expectedUpdatedAt: null,
  });
});
