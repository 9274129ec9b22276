import { z } from 'zod';
import { endpoint } from '@/lib/http';
import { licenseItemParams, licenseOutput, licenseUpdateInput } from '@/lib/licensure/schemas';
import { removeTherapistLicense } from '@/lib/licensure/remove-therapist-license';
import { updateTherapistLicense } from '@/lib/licensure/update-therapist-license';

export const PATCH = endpoint(
  {
    method: 'PATCH',
    path: '/api/admin/therapists/{id}/licenses/{licenseId}',
    tags: ['Admin'],
    auth: ['ADMIN'],
    summary:
      'Edit a license: renew it (number, expiry) or correct its state or kind. A state and kind the therapist already ' +
      'holds is 409 LICENSE_EXISTS.',
    params: licenseItemParams,
    body: licenseUpdateInput,
    response: licenseOutput,
    errors: ['LICENSE_EXISTS'],
  },
  ({ user, params, body }) => updateTherapistLicense(user, params.id, params.licenseId, body),
);

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
