import { z } from 'zod';
import { endpoint } from '@/lib/http';
import { licenseItemParams } from '@/lib/licensure/schemas';
import { removeTherapistLicense } from '@/lib/licensure/remove-therapist-license';

export const DELETE = endpoint(
  {
    method: 'DELETE',
    path: '/api/admin/therapists/{id}/licenses/{licenseId}',
    tags: ['Admin'],
    auth: ['ADMIN'],
    summary: 'Remove a license. Video visits it covered stay booked and are listed as uncovered until reassigned.',
    params: licenseItemParams,
    response: z.object({ id: z.string(), removed: z.literal(true) }),
  },
  ({ user, params }) => removeTherapistLicense(user, params.id, params.licenseId),
);
