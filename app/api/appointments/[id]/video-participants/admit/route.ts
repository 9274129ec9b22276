import { endpoint } from '@/lib/http';
import { idParams } from '@/lib/booking/schemas';
import { participantInput, videoParticipantOutput } from '@/lib/video/schemas';
import { admitVideoParticipant } from '@/lib/video/admit-video-participant';

export const POST = endpoint(
  {
    method: 'POST',
    path: '/api/appointments/{id}/video-participants/admit',
    tags: ['Video'],
    auth: ['THERAPIST'],
    errors: ['NOT_A_VIDEO_VISIT', 'OUTSIDE_JOIN_WINDOW', 'VIDEO_NOT_CONFIGURED', 'VISIT_NOT_BOOKED'],
    summary: "Let the waiting patient in: grants publish and subscribe on their live connection (the visit's therapist only).",
    params: idParams,
    body: participantInput,
    response: videoParticipantOutput,
  },
  async ({ user, params, body }) => admitVideoParticipant(user, params.id, body.identity),
);
