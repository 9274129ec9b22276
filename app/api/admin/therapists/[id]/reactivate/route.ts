import { z } from 'zod';
import { endpoint } from '@/lib/http';
import { appointmentToReassignOutput, therapistIdParams } from '@/lib/staff/schemas';
import { setTherapistActive } from '@/lib/staff/set-therapist-active';

export const POST = endpoint(
  {
    method: 'POST',
    path: '/api/admin/therapists/{id}/reactivate',
    tags: ['Admin'],
    auth: ['ADMIN'],
    summary: 'Reactivate a therapist: they can sign in and be booked again under their kept availability.',
    params: therapistIdParams,
    response: z.object({ id: z.string(), active: z.boolean(), appointmentsToReassign: z.array(appointmentToReassignOutput) }),
  },
  ({ user, params }) => setTherapistActive(user, params.id, true),
);
