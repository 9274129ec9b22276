import { z } from 'zod';
import { endpoint } from '@/lib/http';
import { idParams } from '@/lib/booking/schemas';
import { videoParticipantOutput } from '@/lib/video/schemas';
import { listVideoParticipants } from '@/lib/video/list-video-participants';

export const GET = endpoint(
  {
    method: 'GET',
    path: '/api/appointments/{id}/video-participants',
    tags: ['Video'],
    auth: ['THERAPIST'],
    errors: ['NOT_A_VIDEO_VISIT', 'OUTSIDE_JOIN_WINDOW', 'VIDEO_NOT_CONFIGURED', 'VISIT_NOT_BOOKED'],
    summary:
      "Who is in the visit's room and since when, and whether they are still waiting to be admitted (the visit's therapist only).",
    params: idParams,
    response: z.object({ participants: z.array(videoParticipantOutput) }),
  },
  async ({ user, params }) => ({ participants: await listVideoParticipants(user, params.id) }),
);
