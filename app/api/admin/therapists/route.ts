import { z } from 'zod';
import { endpoint } from '@/lib/http';
import { adminTherapistOutput, invitedTherapistOutput, inviteTherapistInput } from '@/lib/staff/schemas';
import { inviteTherapist } from '@/lib/staff/invite-therapist';
import { listManagedTherapists } from '@/lib/staff/list-managed-therapists';

export const GET = endpoint(
  {
    method: 'GET',
    path: '/api/admin/therapists',
    tags: ['Admin'],
    auth: ['ADMIN'],
    summary: 'Therapists the admin manages: clinic, active, video visits, and whether their invitation is pending.',
    response: z.object({ therapists: z.array(adminTherapistOutput) }),
  },
  async ({ user }) => ({ therapists: await listManagedTherapists(user) }),
);

export const POST = endpoint(
  {
    method: 'POST',
    path: '/api/admin/therapists',
    tags: ['Admin'],
    auth: ['ADMIN'],
    errors: ['EMAIL_TAKEN'],
    summary: 'Invite a therapist: the account is created without a password and a one-time link to set one is emailed.',
    body: inviteTherapistInput,
    response: invitedTherapistOutput,
    successStatus: 201,
  },
  ({ user, body }) => inviteTherapist(user, body),
);
