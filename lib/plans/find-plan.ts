import type { SessionUser } from '../auth/roles';
import { findAccessiblePlan, versionAuthors } from './plan-access';
import { toPlanView } from './plan-view';
import type { PlanView } from './schemas';

/** A plan with its current version and its history, to those who may see it. */
export async function findPlan(actor: SessionUser, planId: string): Promise<PlanView> {
  const plan = await findAccessiblePlan(actor, planId);
  return toPlanView(plan, await versionAuthors(plan));
}
