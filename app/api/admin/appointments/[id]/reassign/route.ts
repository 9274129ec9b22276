import { z } from 'zod';
import { endpoint } from '@/lib/http';
import { reassignInput, therapistIdParams } from '@/lib/staff/schemas';
import { reassignAppointment } from '@/lib/admin/reassign-appointment';

export const POST = endpoint(
  {
    method: 'POST',
    path: '/api/admin/appointments/{id}/reassign',
    tags: ['Admin'],
    auth: ['ADMIN'],
    errors: ['CONFLICT', 'INVALID_TRANSITION', 'NOT_LICENSED_IN_STATE', 'PATIENT_DOUBLE_BOOKED', 'RULE_VIOLATION', 'SLOT_TAKEN'],
    summary:
      'Give an upcoming visit to another active therapist of the same practice, same time (409 SLOT_TAKEN if they are busy).',
    params: therapistIdParams,
    body: reassignInput,
    response: z.object({ id: z.string(), therapistId: z.string(), therapistName: z.string() }),
  },
  ({ user, params, body }) => reassignAppointment(user, params.id, body.therapistId),
);
