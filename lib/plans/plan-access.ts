// Who may see or change a plan: its patient (see only), a therapist who treats that patient (an
// appointment or a plan with them), and admins of the responsible therapist's practice (see
// only). Anyone else is told it does not exist.
import { db } from '../db';
import { AppError } from '../errors';
import type { SessionUser } from '../auth/roles';
import { assertTherapistTreats } from '../booking/people';
import { planSelect, type PlanRecord } from './plan-view';

async function mayAccess(actor: SessionUser, plan: PlanRecord): Promise<boolean> {
  if (actor.role === 'PATIENT') return plan.patient.userId === actor.id;
  if (actor.role === 'ADMIN') return actor.practiceId === null || actor.practiceId === plan.therapist.practiceId;
  try {
    await assertTherapistTreats(actor, plan.patientId);
    return true;
  } catch (err) {
    if (err instanceof AppError && err.code === 'NOT_FOUND') return false;
    throw err;
  }
}

export async function findAccessiblePlan(actor: SessionUser, planId: string): Promise<PlanRecord> {
  const plan = await db().exercisePlan.findUnique({ where: { id: planId }, select: planSelect });
  if (!plan || !(await mayAccess(actor, plan))) throw new AppError('NOT_FOUND', 'Plan not found.');
  return plan;
}

/** Names of the people who wrote the plan's versions, for the history. */
export async function versionAuthors(plan: PlanRecord): Promise<Map<string, string>> {
  const ids = [...new Set(plan.versions.map((v) => v.createdById))];
  const users = await db().user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } });
  return new Map(users.map((u) => [u.id, u.name]));
}
