import { endpoint } from '@/lib/http';
import { idParams } from '@/lib/booking/schemas';
import { announceWaitingPatient } from '@/lib/video/announce-waiting-patient';

export const POST = endpoint(
  {
    method: 'POST',
    path: '/api/appointments/{id}/video-waiting',
    tags: ['Video'],
    auth: ['PATIENT'],
    errors: [
      'NOT_A_VIDEO_VISIT',
      'OUTSIDE_JOIN_WINDOW',
      'RATE_LIMITED',
      'VIDEO_NOT_CONFIGURED',
      'VISIT_ENDED',
      'VISIT_NOT_BOOKED',
    ],
    summary:
      "Tell the therapist at once that the patient is in the waiting room (the visit's patient only, once connected to the room); grants nothing.",
    params: idParams,
    successStatus: 204,
  },
  async ({ user, params }) => {
    await announceWaitingPatient(user, params.id);
    return null;
  },
);
