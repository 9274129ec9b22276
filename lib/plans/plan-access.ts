// Who may see or change a plan: its patient (see only); staff who may read the patient (the care
// relationship, lib/care/care-relationship.ts) when the plan belongs to their practice — a therapist
// (who changes it) or the practice's admins (see only); network admins see all. A patient treated
// by two practices is not disclosed across them. Anyone else is told it does not exist.
import { db } from '../db';
import { AppError } from '../errors';
import type { SessionUser } from '../auth/roles';
import { mayReadPatient, readerPracticeId } from '../care/care-relationship';
import { planSelect, type PlanRecord } from './plan-view';

async function mayAccess(actor: SessionUser, plan: PlanRecord): Promise<boolean> {
  if (actor.role === 'PATIENT') return plan.patient.userId === actor.id;
  const practiceId = await readerPracticeId(actor);
  if (practiceId !== null && practiceId !== plan.therapist.practiceId) return false;
  return mayReadPatient(actor, plan.patientId);
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
