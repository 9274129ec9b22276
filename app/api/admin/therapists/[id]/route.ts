import { z } from 'zod';
import { endpoint } from '@/lib/http';
import { therapistIdParams, updateTherapistInput } from '@/lib/staff/schemas';
import { assignTherapistClinic } from '@/lib/staff/assign-therapist-clinic';

export const PATCH = endpoint(
  {
    method: 'PATCH',
    path: '/api/admin/therapists/{id}',
    tags: ['Admin'],
    auth: ['ADMIN'],
    summary: "Assign a therapist's home clinic (within their practice; null = virtual only).",
    params: therapistIdParams,
    body: updateTherapistInput,
    response: z.object({ id: z.string(), clinicId: z.string().nullable() }),
  },
  ({ user, params, body }) => assignTherapistClinic(user, params.id, body.clinicId),
);
