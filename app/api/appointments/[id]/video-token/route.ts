import { endpoint } from '@/lib/http';
import { idParams } from '@/lib/booking/schemas';
import { videoTokenOutput } from '@/lib/video/schemas';
import { createVideoToken } from '@/lib/video/create-video-token';

export const POST = endpoint(
  {
    method: 'POST',
    path: '/api/appointments/{id}/video-token',
    tags: ['Video'],
    auth: ['PATIENT', 'THERAPIST'],
    errors: ['NOT_A_VIDEO_VISIT', 'OUTSIDE_JOIN_WINDOW', 'VIDEO_NOT_CONFIGURED', 'VISIT_ENDED', 'VISIT_NOT_BOOKED'],
    summary:
      "A LiveKit join token for this appointment's room: its patient (who starts in the waiting room) or its " +
      'therapist, a booked virtual visit, from 15 minutes before the start to 15 minutes after the end, until the therapist ends ' +
      'it (409 VISIT_ENDED). A patient the therapist has let in once comes back straight into the call.',
    params: idParams,
    response: videoTokenOutput,
  },
  async ({ user, params }) => createVideoToken(user, params.id),
);
