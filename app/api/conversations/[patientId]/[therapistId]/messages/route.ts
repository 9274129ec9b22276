import { endpoint } from '@/lib/http';
import {
  conversationParams,
  MAX_MESSAGE_BODY_BYTES,
  messageView,
  sendMessageInput,
  threadOutput,
  threadQuery,
} from '@/lib/messaging/schemas';
import { loadThread } from '@/lib/messaging/load-thread';
import { sendMessage } from '@/lib/messaging/send-message';

export const GET = endpoint(
  {
    method: 'GET',
    path: '/api/conversations/{patientId}/{therapistId}/messages',
    tags: ['Messaging'],
    auth: ['PATIENT', 'THERAPIST', 'ADMIN'],
    summary:
      'The messages between a patient and a therapist treating them, oldest first (`after` for polling). The two ' +
      "of them and the admins of the therapist's practice read it; anyone else gets 404. Reading it as a party marks the " +
      "other side's messages read; staff reads are audited.",
    params: conversationParams,
    query: threadQuery,
    response: threadOutput,
  },
  ({ user, params, query }) => loadThread(user, params.patientId, params.therapistId, { after: query.after }),
);

export const POST = endpoint(
  {
    method: 'POST',
    path: '/api/conversations/{patientId}/{therapistId}/messages',
    tags: ['Messaging'],
    auth: ['PATIENT', 'THERAPIST', 'ADMIN'],
    errors: ['CONFLICT', 'NOT_FOUND', 'FORBIDDEN', 'PAYLOAD_TOO_LARGE', 'UNSUPPORTED_MEDIA_TYPE', 'RATE_LIMITED'],
    summary:
      'Write in the conversation (the patient or the therapist only; an admin who may read it gets 403). Text up ' +
      'to 4,000 characters, optionally about an exercise of their plan and with one image (base64 PNG, JPEG or WebP up ' +
      'to 2 MiB, recognized by its bytes). 30 messages per 10 minutes per sender.',
    params: conversationParams,
    body: sendMessageInput,
    maxBodyBytes: MAX_MESSAGE_BODY_BYTES,
    response: messageView,
    successStatus: 201,
  },
  ({ user, params, body }) => sendMessage(user, params.patientId, params.therapistId, body),
);
