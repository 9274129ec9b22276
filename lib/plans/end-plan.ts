// Ends a plan early (discharge, or to start a different one). Its discharge questionnaires
// become due; the patient no longer sees or logs against it.
import { db } from '../db';
import { AppError } from '../errors';
import type { SessionUser } from '../auth/roles';
import { recordAuditEvent } from '../audit/record-audit-event';
import { findAccessiblePlan } from './plan-access';
import { planAfterChange } from './find-plan';
import type { PlanView } from './schemas';

export async function endPlan(user: SessionUser, planId: string, now = new Date()): Promise<PlanView> {
  const plan = await findAccessiblePlan(user, planId);
  if (user.role !== 'THERAPIST') throw new AppError('FORBIDDEN', 'Only a treating therapist ends a plan.');
  await db().$transaction(async (tx) => {
    const ended = await tx.exercisePlan.updateMany({ where: { id: planId, endedAt: null }, data: { endedAt: now } });
    if (ended.count === 0) throw new AppError('PLAN_ENDED', 'This plan has already ended.');
    await recordAuditEvent(
      {
        actorId: user.id,
        action: 'plan.end',
        entityType: 'ExercisePlan',
        entityId: planId,
        patientId: plan.patientId,
        practiceId: plan.therapist.practiceId,
      },
      tx,
    );
  });
  return planAfterChange(user, planId);
}
