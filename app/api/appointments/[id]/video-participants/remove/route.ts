import { endpoint } from '@/lib/http';
import { idParams } from '@/lib/booking/schemas';
import { participantInput } from '@/lib/video/schemas';
import { removeVideoParticipant } from '@/lib/video/remove-video-participant';

export const POST = endpoint(
  {
    method: 'POST',
    path: '/api/appointments/{id}/video-participants/remove',
    tags: ['Video'],
    auth: ['THERAPIST'],
    errors: ['NOT_A_VIDEO_VISIT', 'OUTSIDE_JOIN_WINDOW', 'VIDEO_NOT_CONFIGURED', 'VISIT_NOT_BOOKED'],
    summary: "Disconnect the patient from the visit's room (the visit's therapist only).",
    params: idParams,
    body: participantInput,
    successStatus: 204,
  },
  async ({ user, params, body }) => {
    await removeVideoParticipant(user, params.id, body.identity);
    return null;
  },
);
