// SOAP sections typed before the page finished loading (before hydration) are the ones saved.
import { act, fireEvent, waitFor, within } from '@testing-library/react';
import type { Root } from 'react-dom/client';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { fakeFetch } from '@/tests/support/fake-fetch';
import { hydrateAfter } from '@/tests/support/hydrate-after';
import { NoteEditor } from './note-editor';

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

test('a draft saves the sections typed before hydration', async () => {
  root = await hydrateAfter(container, <NoteEditor appointmentId="appt-1" draft={null} />, (page) => {
    (page.getByLabelText('Subjective') as HTMLTextAreaElement).value = 'Low back pain 4/10.';
    (page.getByLabelText('Plan') as HTMLTextAreaElement).value = 'Bridges daily.';
  });
  expect(within(container).getByRole('status').textContent).toBe('Unsaved changes.');
  net.answers.push({ status: 200, body: { updatedAt: '2026-12-05T21:00:00.000Z' } });
  await act(async () => fireEvent.click(within(container).getByRole('button', { name: 'Save draft' })));

  await waitFor(() => expect(net.sent).toHaveLength(1));
  expect(net.sent[0]!.body).toEqual({
    subjective: 'Low back pain 4/10.',
    objective: '',
    assessment: '',
    plan: 'Bridges daily.',
    expectedUpdatedAt: null,
  });
});
