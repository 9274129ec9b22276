import type { SessionUser } from '../auth/roles';
import { recordPhiRead } from '../audit/record-phi-read';
import { findAccessiblePlan, versionAuthors } from './plan-access';
import { toPlanView } from './plan-view';
import type { PlanView } from './schemas';

/** A plan with its current version and its history, to those who may see it; a staff read is audited. */
export async function findPlan(actor: SessionUser, planId: string): Promise<PlanView> {
  const plan = await findAccessiblePlan(actor, planId);
  await recordPhiRead(actor, {
    action: 'plan.read',
    entityType: 'ExercisePlan',
    entityId: plan.id,
    patientIds: [plan.patientId],
    practiceId: plan.therapist.practiceId,
  });
  return toPlanView(plan, await versionAuthors(plan));
}

/** The plan as its writer gets it back after a change (the change is audited, not this read). */
export async function planAfterChange(actor: SessionUser, planId: string): Promise<PlanView> {
  const plan = await findAccessiblePlan(actor, planId);
  return toPlanView(plan, await versionAuthors(plan));
}
