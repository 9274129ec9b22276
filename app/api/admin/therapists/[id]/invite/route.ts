import { endpoint } from '@/lib/http';
import { invitedTherapistOutput, therapistIdParams } from '@/lib/staff/schemas';
import { resendInvite } from '@/lib/staff/resend-invite';

export const POST = endpoint(
  {
    method: 'POST',
    path: '/api/admin/therapists/{id}/invite',
    tags: ['Admin'],
    auth: ['ADMIN'],
    errors: ['CONFLICT'],
    summary: 'Send a new set-password link to a therapist who has not set one; earlier links stop working.',
    params: therapistIdParams,
    response: invitedTherapistOutput,
  },
  ({ user, params }) => resendInvite(user, params.id),
);
