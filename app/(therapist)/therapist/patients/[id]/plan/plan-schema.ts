// The plan builder's resolver: the API's plan content rules over the body made from the fields. A
// new version is checked by the same rules as a new plan (revisePlanInput adds only basedOnVersion).
// Loaded after the page (lazyResolver), so zod is not part of the page's first load.
import { apiSchemaResolver } from '@/app/_components/forms/api-schema-resolver';
import { createPlanInput } from '@/lib/plans/schemas';
import { planBody } from './plan-fields';

export const planResolver = apiSchemaResolver(planBody, createPlanInput);
