import { endpoint } from '@/lib/http';
import { therapistLicensesOutput } from '@/lib/licensure/schemas';
import { listOwnLicenses } from '@/lib/licensure/list-therapist-licenses';

export const GET = endpoint(
  {
    method: 'GET',
    path: '/api/therapists/me/licenses',
    tags: ['Scheduling'],
    auth: ['THERAPIST'],
    errors: ['FORBIDDEN'],
    summary: 'Your licenses and compact privileges, and your upcoming video visits they do not cover on the visit date.',
    response: therapistLicensesOutput,
  },
  ({ user }) => listOwnLicenses(user),
);
