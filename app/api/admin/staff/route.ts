import { endpoint } from '@/lib/http';
import { createStaffInput, staffOutput } from '@/lib/accounts/schemas';
import { createStaffAccount } from '@/lib/accounts/create-staff-account';

export const POST = endpoint(
  {
    method: 'POST',
    path: '/api/admin/staff',
    tags: ['Admin'],
    auth: ['ADMIN'],
    errors: ['EMAIL_TAKEN'],
    summary: 'Create a therapist or admin account; they sign in with an emailed link.',
    body: createStaffInput,
    response: staffOutput,
    successStatus: 201,
  },
  ({ user, body }) => createStaffAccount(user, body),
);
