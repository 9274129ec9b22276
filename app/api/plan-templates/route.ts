import { z } from 'zod';
import { endpoint } from '@/lib/http';
import { saveTemplateInput, templateOutput } from '@/lib/plans/schemas';
import { listPlanTemplates } from '@/lib/plans/list-plan-templates';
import { savePlanTemplate } from '@/lib/plans/save-plan-template';

export const GET = endpoint(
  {
    method: 'GET',
    path: '/api/plan-templates',
    tags: ['Plans'],
    auth: ['THERAPIST'],
    summary: "Templates to start a plan from: the shared starter templates, the practice's, and the caller's own.",
    response: z.object({ templates: z.array(templateOutput) }),
  },
  async ({ user }) => ({ templates: await listPlanTemplates(user) }),
);

export const POST = endpoint(
  {
    method: 'POST',
    path: '/api/plan-templates',
    tags: ['Plans'],
    auth: ['THERAPIST'],
    summary: 'Save exercises and doses as one of your own templates.',
    body: saveTemplateInput,
    response: templateOutput,
    successStatus: 201,
  },
  ({ user, body }) => savePlanTemplate(user, body),
);
