import { endpoint } from '@/lib/http';
import { ROLES } from '@/lib/auth/roles';
import { appointmentOutput, idParams, rescheduleInput } from '@/lib/booking/schemas';
import { findAccessibleAppointment } from '@/lib/booking/appointment-access';
import { rescheduleAppointment } from '@/lib/booking/reschedule-appointment';
import { toAppointmentView } from '@/lib/booking/appointment-view';

export const GET = endpoint(
  {
    method: 'GET',
    path: '/api/appointments/{id}',
    tags: ['Appointments'],
    auth: ROLES,
    errors: ['FORBIDDEN'],
    summary: "One appointment, to its patient, its therapist and their practice's admins (404 to anyone else).",
    params: idParams,
    response: appointmentOutput,
  },
  async ({ user, params }) => toAppointmentView(await findAccessibleAppointment(user, params.id)),
);

export const PATCH = endpoint(
  {
    method: 'PATCH',
    path: '/api/appointments/{id}',
    tags: ['Appointments'],
    auth: ROLES,
    errors: [
      'BEYOND_HORIZON',
      'CONFLICT',
      'FORBIDDEN',
      'INSUFFICIENT_NOTICE',
      'INVALID_TRANSITION',
      'NOT_LICENSED_IN_STATE',
      'OUTSIDE_AVAILABILITY',
      'PATIENT_DOUBLE_BOOKED',
      'SLOT_TAKEN',
    ],
    summary:
      'Reschedule to a new start: the new time is taken in the same transaction, or nothing changes. ' +
      'A video visit keeps its patientState unless a new one is sent; the therapist must be licensed there on the new date.',
    params: idParams,
    body: rescheduleInput,
    response: appointmentOutput,
  },
  async ({ user, params, body }) =>
    toAppointmentView(await rescheduleAppointment(user, params.id, body.start, new Date(), body.patientState)),
);
