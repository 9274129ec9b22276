import { z } from 'zod';
import { endpoint } from '@/lib/http';
import { ROLES } from '@/lib/auth/roles';
import { appointmentOutput, cancelInput, idParams } from '@/lib/booking/schemas';
import { cancelAppointment } from '@/lib/booking/cancel-appointment';
import { toAppointmentView } from '@/lib/booking/appointment-view';

export const POST = endpoint({
  method: 'POST', path: '/api/appointments/{id}/cancel', tags: ['Appointments'], auth: ROLES,
  summary: 'Cancel with a reason. Says whether it fell inside the late-cancellation window.',
  params: idParams,
  body: cancelInput,
  response: z.object({ appointment: appointmentOutput, late: z.boolean(), cancelledBy: z.enum(['patient', 'clinic']) }),
}, async ({ user, params, body }) => {
  const { appointment, late, cancelledBy } = await cancelAppointment(user, params.id, body.reason);
  return { appointment: toAppointmentView(appointment), late, cancelledBy };
});
