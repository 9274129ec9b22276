// A message (and the exercise it asks about) typed before the page finished loading (before
// hydration) is the one sent, and Send is not left disabled as if the box were empty.
import { act, fireEvent, waitFor, within } from '@testing-library/react';
import type { Root } from 'react-dom/client';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { fakeFetch } from '@/tests/support/fake-fetch';
import { hydrateAfter } from '@/tests/support/hydrate-after';
import { MessageThread } from './message-thread';

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

test('sends the message and exercise chosen before hydration', async () => {
  const thread = { patient: { id: 'p-1', name: 'Pat Doe' }, therapist: { id: 't-1', name: 'Dr. Lee' }, messages: [] };
  const exercises = [{ planItemId: 'item-1', name: 'Bridge' }];
  root = await hydrateAfter(container, <MessageThread initial={thread} viewer="PATIENT" exercises={exercises} />, (page) => {
    (page.getByLabelText('Message to Dr. Lee') as HTMLTextAreaElement).value = 'Does the bridge hurt?';
    (page.getByLabelText('About an exercise (optional)') as HTMLSelectElement).value = 'item-1';
  });
  const send = within(container).getByRole('button', { name: 'Send' });
  expect(send).toHaveProperty('disabled', false);
  net.answers.push({
    status: 201,
    body: {
      id: 'm-1',
      senderRole: 'PATIENT',
      senderName: 'Pat Doe',
      body: 'Does the bridge hurt?',
      exercise: { planItemId: 'item-1', name: 'Bridge' },
      attachment: null,
      sentAt: '2026-12-05T21:00:00.000Z',
      readAt: null,
    },
  });
  await act(async () => fireEvent.click(send));

  await waitFor(() => expect(net.sent).toHaveLength(1));
  expect(net.sent[0]!.body).toEqual({ body: 'Does the bridge hurt?', planItemId: 'item-1' });
});
