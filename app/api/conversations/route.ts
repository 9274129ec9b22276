import { endpoint } from '@/lib/http';
import { conversationList } from '@/lib/messaging/schemas';
import { listConversations } from '@/lib/messaging/list-conversations';

export const GET = endpoint(
  {
    method: 'GET',
    path: '/api/conversations',
    tags: ['Messaging'],
    auth: ['PATIENT', 'THERAPIST'],
    summary:
      "The caller's conversations: a patient's with each therapist treating them, a therapist's inbox of patients " +
      'in their care who have messages. Newest first, with the number of unread messages from the other side.',
    response: conversationList,
  },
  async ({ user }) => ({ conversations: await listConversations(user) }),
);
