import { endpoint } from '@/lib/http';
import { idParams } from '@/lib/booking/schemas';
import { visitChatInput, visitChatMessageOutput, visitChatOutput } from '@/lib/video/schemas';
import { listVisitChat } from '@/lib/video/list-visit-chat';
import { sendVisitChatMessage } from '@/lib/video/send-visit-chat-message';

export const GET = endpoint(
  {
    method: 'GET',
    path: '/api/appointments/{id}/video-chat',
    tags: ['Video'],
    auth: ['PATIENT', 'THERAPIST'],
    errors: ['NOT_A_VIDEO_VISIT'],
    summary:
      'The in-call chat of this video visit, oldest first, kept with the visit: for its patient and its therapist only ' +
      '(anyone else 404; the therapist needs the patient in their care, and the read is audited). The therapist also ' +
      "gets the exercises of the patient's open plans with them, to share.",
    params: idParams,
    response: visitChatOutput,
  },
  ({ user, params }) => listVisitChat(user, params.id),
);

export const POST = endpoint(
  {
    method: 'POST',
    path: '/api/appointments/{id}/video-chat',
    tags: ['Video'],
    auth: ['PATIENT', 'THERAPIST'],
    errors: [
      'FORBIDDEN',
      'EXERCISE_NOT_IN_PLAN',
      'NOT_A_VIDEO_VISIT',
      'OUTSIDE_JOIN_WINDOW',
      'RATE_LIMITED',
      'VISIT_ENDED',
      'VISIT_NOT_BOOKED',
    ],
    summary:
      'Write a line in the in-call chat (up to 1,000 characters) while the video room is open: the therapist, or the ' +
      "patient once let in (403 while waiting). Only the therapist may share an exercise of the patient's open plan " +
      '(`planItemId`; 422 EXERCISE_NOT_IN_PLAN otherwise). The sender then passes the answer to the other side over ' +
      "LiveKit's data channel. 60 messages per 5 minutes per sender.",
    params: idParams,
    body: visitChatInput,
    response: visitChatMessageOutput,
    successStatus: 201,
  },
  ({ user, params, body }) => sendVisitChatMessage(user, params.id, body),
);
