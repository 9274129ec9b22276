import { endpoint } from '@/lib/http';
import { ROLES } from '@/lib/auth/roles';
import { profileOutput } from '@/lib/accounts/schemas';
import { getOwnProfile } from '@/lib/accounts/get-own-profile';

export const GET = endpoint(
  {
    method: 'GET',
    path: '/api/me',
    tags: ['Accounts'],
    auth: ROLES,
    errors: ['NOT_FOUND'],
    summary: "The caller's own profile.",
    response: profileOutput,
  },
  ({ user }) => getOwnProfile(user.id),
);
