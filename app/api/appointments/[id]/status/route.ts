import { endpoint } from '@/lib/http';
import { appointmentOutput, idParams, statusInput } from '@/lib/booking/schemas';
import { changeAppointmentStatus } from '@/lib/booking/change-appointment-status';
import { toAppointmentView } from '@/lib/booking/appointment-view';

export const POST = endpoint(
  {
    method: 'POST',
    path: '/api/appointments/{id}/status',
    tags: ['Appointments'],
    auth: ['THERAPIST', 'ADMIN'],
    errors: ['INVALID_TRANSITION', 'REFUND_NOT_ALLOWED'],
    summary: 'Close a visit that has begun: COMPLETED or NO_SHOW (forward only).',
    params: idParams,
    body: statusInput,
    response: appointmentOutput,
  },
  async ({ user, params, body }) => toAppointmentView(await changeAppointmentStatus(user, params.id, body.status)),
);
