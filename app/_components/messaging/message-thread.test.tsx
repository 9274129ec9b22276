// A message (and the exercise it asks about) typed before the page finished loading (before
// hydration) is the one sent, and Send is not left disabled as if the box were empty.
import { act, fireEvent, waitFor, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { hydrationHarness } from '@/tests/support/hydrate-after';
import { MessageThread } from './message-thread';

const h = hydrationHarness();

test('sends the message and exercise chosen before hydration', async () => {
  const thread = { patient: { id: 'p-1', name: 'Pat Doe' }, therapist: { id: 't-1', name: 'Dr. Lee' }, messages: [] };
  const exercises = [{ planItemId: 'item-1', name: 'Bridge' }];
  await h.hydrate(<MessageThread initial={thread} viewer="PATIENT" exercises={exercises} />, (page) => {
    (page.getByLabelText('Message to Dr. Lee') as HTMLTextAreaElement).value = 'Does the bridge hurt?';
    (page.getByLabelText('About an exercise (optional)') as HTMLSelectElement).value = 'item-1';
  });
  const send = within(h.container).getByRole('button', { name: 'Send' });
  expect(send).toHaveProperty('disabled', false);
  h.net.answers.push({
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

  await waitFor(() => expect(h.net.sent).toHaveLength(1));
  expect(h.net.sent[0]!.body).toEqual({ body: 'Does the bridge hurt?', planItemId: 'item-1' });
});
