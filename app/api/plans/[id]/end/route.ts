import { endpoint } from '@/lib/http';
import { idParams, planOutput } from '@/lib/plans/schemas';
import { endPlan } from '@/lib/plans/end-plan';

export const POST = endpoint(
  {
    method: 'POST',
    path: '/api/plans/{id}/end',
    tags: ['Plans'],
    auth: ['THERAPIST'],
    errors: ['PLAN_ENDED'],
    summary: 'End a plan now (discharge). Its discharge questionnaires become due; a new plan can then be started.',
    params: idParams,
    response: planOutput,
  },
  ({ user, params }) => endPlan(user, params.id),
);
