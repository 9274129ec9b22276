import { z } from 'zod';
import { endpoint } from '@/lib/http';
import { ROLES } from '@/lib/auth/roles';
import { appointmentOutput, cancelInput, idParams } from '@/lib/booking/schemas';
import { cancelAppointment } from '@/lib/booking/cancel-appointment';
import { toAppointmentView } from '@/lib/booking/appointment-view';
import { policyOutcomeOutput } from '@/lib/payments/schemas';

export const POST = endpoint(
  {
    method: 'POST',
    path: '/api/appointments/{id}/cancel',
    tags: ['Appointments'],
    auth: ROLES,
    errors: ['FORBIDDEN', 'INVALID_TRANSITION', 'REFUND_NOT_ALLOWED'],
    summary:
      'Cancel with a reason. Says whether it was late, and what the cancellation policy did with the payment (refund, fee).',
    params: idParams,
    body: cancelInput,
    response: z.object({
      appointment: appointmentOutput,
      late: z.boolean(),
      cancelledBy: z.enum(['patient', 'clinic']),
      billing: policyOutcomeOutput.nullable(),
    }),
  },
  async ({ user, params, body }) => {
    const { appointment, late, cancelledBy, billing } = await cancelAppointment(user, params.id, body.reason);
    return { appointment: toAppointmentView(appointment), late, cancelledBy, billing };
  },
);
