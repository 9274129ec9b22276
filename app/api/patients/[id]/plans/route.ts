import { z } from 'zod';
import { endpoint } from '@/lib/http';
import { createPlanInput, idParams, planOutput, planSummaryOutput } from '@/lib/plans/schemas';
import { listPatientPlans } from '@/lib/plans/list-patient-plans';
import { createPlan } from '@/lib/plans/create-plan';

export const GET = endpoint(
  {
    method: 'GET',
    path: '/api/patients/{id}/plans',
    tags: ['Plans'],
    auth: ['THERAPIST', 'ADMIN'],
    summary:
      "A patient's exercise plans, newest first, to a therapist who treats them or their practice's admin (404 to others).",
    params: idParams,
    response: z.object({ plans: z.array(planSummaryOutput) }),
  },
  async ({ user, params }) => ({ plans: await listPatientPlans(user, params.id) }),
);

export const POST = endpoint(
  {
    method: 'POST',
    path: '/api/patients/{id}/plans',
    tags: ['Plans'],
    auth: ['THERAPIST'],
    errors: ['PLAN_EXISTS'],
    summary:
      'Give a patient you treat a new plan (version 1): exercises with their dosage, notes, start and end dates. ' +
      '409 PLAN_EXISTS while they have an open plan: edit that one instead.',
    params: idParams,
    body: createPlanInput,
    response: planOutput,
    successStatus: 201,
  },
  ({ user, params, body }) => createPlan(user, params.id, body),
);
