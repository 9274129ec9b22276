import { z } from 'zod';
import { endpoint } from '@/lib/http';
import { appointmentToReassignOutput, therapistIdParams } from '@/lib/staff/schemas';
import { setTherapistActive } from '@/lib/staff/set-therapist-active';

export const POST = endpoint(
  {
    method: 'POST',
    path: '/api/admin/therapists/{id}/deactivate',
    tags: ['Admin'],
    auth: ['ADMIN'],
    summary: 'Deactivate a therapist: they cannot sign in or be booked; their upcoming visits are listed for reassignment.',
    params: therapistIdParams,
    response: z.object({ id: z.string(), active: z.boolean(), appointmentsToReassign: z.array(appointmentToReassignOutput) }),
  },
  ({ user, params }) => setTherapistActive(user, params.id, false),
);
