// Editing a plan writes a new version; the older ones stay as its history. The new version
// governs from today (the patient's today), so adherence reads earlier days against what was
// prescribed then.
import { db, Prisma } from '../db';
import { AppError } from '../errors';
import type { SessionUser } from '../auth/roles';
import { recordAuditEvent } from '../audit/record-audit-event';
import { dbDate, todayIn } from './calendar';
import { findAccessiblePlan } from './plan-access';
import { checkExercises, itemRows } from './plan-items';
import { planAfterChange } from './find-plan';
import type { PlanView, RevisePlanInput } from './schemas';

export async function revisePlan(user: SessionUser, planId: string, input: RevisePlanInput, now = new Date()): Promise<PlanView> {
  const plan = await findAccessiblePlan(user, planId);
  if (user.role !== 'THERAPIST') throw new AppError('FORBIDDEN', 'Only a treating therapist changes a plan.');
  if (plan.endedAt) throw new AppError('PLAN_ENDED');
  const current = plan.versions[0]!;
  if (input.basedOnVersion !== current.version) throw new AppError('PLAN_CHANGED');
  await checkExercises(user, input.items);
  const version = current.version + 1;
  try {
    await db().$transaction(async (tx) => {
      // The (plan, version) key refuses a second edit based on the same version at the same time.
      await tx.exercisePlanVersion.create({
        data: {
          planId,
          version,
          startsOn: dbDate(input.startsOn),
          endsOn: input.endsOn ? dbDate(input.endsOn) : null,
          effectiveFrom: dbDate(todayIn(plan.patient.timezone, now)),
          notes: input.notes,
          createdById: user.id,
          items: { create: itemRows(input.items) },
        },
      });
      if (input.title !== plan.title) await tx.exercisePlan.update({ where: { id: planId }, data: { title: input.title } });
      await recordAuditEvent(
        {
          actorId: user.id,
          action: 'plan.revise',
          entityType: 'ExercisePlan',
          entityId: planId,
          patientId: plan.patientId,
          practiceId: plan.therapist.practiceId,
          data: { version, exercises: input.items.map((i) => i.exerciseId) },
        },
        tx,
      );
    });
  } catch (err) {
    if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === 'P2002') throw new AppError('PLAN_CHANGED');
    throw err;
  }
  return planAfterChange(user, planId);
}
