import { endpoint } from '@/lib/http';
import { ROLES } from '@/lib/auth/roles';
import { idParams, planOutput } from '@/lib/plans/schemas';
import { findPlan } from '@/lib/plans/find-plan';

export const GET = endpoint(
  {
    method: 'GET',
    path: '/api/plans/{id}',
    tags: ['Plans'],
    auth: ROLES,
    errors: ['FORBIDDEN'],
    summary:
      'A plan: its current version and its history. To its patient, a therapist who treats the patient, and ' +
      "the responsible therapist's practice admins; 404 to anyone else.",
    params: idParams,
    response: planOutput,
  },
  ({ user, params }) => findPlan(user, params.id),
);
