import { endpoint } from '@/lib/http';
import { idParams, planOutput, revisePlanInput } from '@/lib/plans/schemas';
import { revisePlan } from '@/lib/plans/revise-plan';

export const POST = endpoint(
  {
    method: 'POST',
    path: '/api/plans/{id}/versions',
    tags: ['Plans'],
    auth: ['THERAPIST'],
    errors: ['PLAN_CHANGED', 'PLAN_ENDED'],
    summary:
      'Edit a plan: writes the next version, which the patient sees from today; earlier versions stay as history. ' +
      'Send `basedOnVersion`; 409 PLAN_CHANGED when someone saved a newer version meanwhile.',
    params: idParams,
    body: revisePlanInput,
    response: planOutput,
    successStatus: 201,
  },
  ({ user, params, body }) => revisePlan(user, params.id, body),
);
