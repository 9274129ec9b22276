// A therapist gives a patient they treat a new exercise plan: version 1.
import { db, Prisma } from '../db';
import { AppError } from '../errors';
import type { SessionUser } from '../auth/roles';
import { recordAuditEvent } from '../audit/record-audit-event';
import { assertMayReadPatient } from '../care/care-relationship';
import { dbDate, todayIn } from './calendar';
import { checkExercises, itemRows } from './plan-items';
import { planAfterChange } from './find-plan';
import { therapistOf } from './therapist-of';
import { resumePlanReminders } from '../plan-reminders/resume-plan-reminders';
import type { PlanContentInput, PlanView } from './schemas';

export async function createPlan(
  user: SessionUser,
  patientId: string,
  input: PlanContentInput,
  now = new Date(),
): Promise<PlanView> {
  const therapist = await therapistOf(user);
  await assertMayReadPatient(user, patientId);
  const patient = await db().patient.findUniqueOrThrow({ where: { id: patientId }, select: { timezone: true } });
  await checkExercises(user, input.items);
  if (await db().exercisePlan.count({ where: { patientId, endedAt: null } })) throw new AppError('PLAN_EXISTS');
  // Version 1 governs from its start, or from today when it was started earlier: days before the
  // plan existed could not have been logged, so they do not count against adherence.
  const today = todayIn(patient.timezone, now);
  const effectiveFrom = input.startsOn > today ? input.startsOn : today;
  try {
    const planId = await db().$transaction(async (tx) => {
      const plan = await tx.exercisePlan.create({
        data: {
          patientId,
          therapistId: therapist.id,
          title: input.title,
          versions: {
            create: {
              version: 1,
              startsOn: dbDate(input.startsOn),
              endsOn: input.endsOn ? dbDate(input.endsOn) : null,
              effectiveFrom: dbDate(effectiveFrom),
              notes: input.notes,
              createdById: user.id,
              items: { create: itemRows(input.items) },
            },
          },
        },
        select: { id: true },
      });
      await recordAuditEvent(
        {
          actorId: user.id,
          action: 'plan.create',
          entityType: 'ExercisePlan',
          entityId: plan.id,
          patientId,
          practiceId: therapist.practiceId,
          data: { version: 1, exercises: input.items.map((i) => i.exerciseId) },
        },
        tx,
      );
      return plan.id;
    });
    // Reminders the patient turned on for an earlier plan start again now, not at the next hourly sweep.
    await resumePlanReminders(now, patientId);
    return await planAfterChange(user, planId);
  } catch (err) {
    // Two therapists saving a first plan at once: the one-open-plan index lets one through.
    if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === 'P2002') throw new AppError('PLAN_EXISTS');
    throw err;
  }
}
