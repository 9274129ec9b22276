import { endpoint } from '@/lib/http';
import { idParams } from '@/lib/booking/schemas';
import { videoSummaryOutput } from '@/lib/video/schemas';
import { endVideoVisit } from '@/lib/video/end-video-visit';

export const POST = endpoint(
  {
    method: 'POST',
    path: '/api/appointments/{id}/video-end',
    tags: ['Video'],
    auth: ['THERAPIST'],
    errors: ['NOT_A_VIDEO_VISIT', 'OUTSIDE_JOIN_WINDOW', 'VIDEO_NOT_CONFIGURED', 'VISIT_NOT_BOOKED'],
    summary:
      'End the video visit: attendance is checked against the video server, the session length recorded and ' +
      "the room closed for everyone. Answers with the attendance (the visit's therapist only).",
    params: idParams,
    response: videoSummaryOutput,
  },
  async ({ user, params }) => endVideoVisit(user, params.id),
);
