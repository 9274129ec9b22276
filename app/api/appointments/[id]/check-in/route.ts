import { z } from 'zod';
import { endpoint } from '@/lib/http';
import { idParams } from '@/lib/booking/schemas';
import { checkInAppointment } from '@/lib/booking/check-in-appointment';

export const POST = endpoint(
  {
    method: 'POST',
    path: '/api/appointments/{id}/check-in',
    tags: ['Appointments'],
    auth: ['THERAPIST', 'ADMIN'],
    errors: ['CONFLICT', 'INVALID_TRANSITION'],
    summary:
      'Check the patient in for an in-clinic visit on its day (from 3 hours before it). No body. Idempotent: ' +
      "a second call answers 200 with the first check-in time. For the visit's therapist or an admin of its practice.",
    params: idParams,
    response: z.object({ id: z.string(), status: z.string(), checkedInAt: z.string() }),
  },
  ({ user, params }) => checkInAppointment(user, params.id),
);
