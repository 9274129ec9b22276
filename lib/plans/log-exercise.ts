// A patient logs one session of an exercise in their current plan, for today (their today). A
// logged pain of 8 or more raises a flag for the therapist in the same transaction.
import { db } from '../db';
import { AppError } from '../errors';
import type { SessionUser } from '../auth/roles';
import { isHighPain } from '../outcomes/flag-rules';
import { raiseFlag } from '../flags/raise-flag';
import { dateOnly, dbDate, spokenDate, todayIn } from './calendar';
import { timeOfDayAllowed } from './times-of-day';
import type { LogInput, logOutput } from './schemas';
import type { z } from 'zod';

export async function logExercise(user: SessionUser, input: LogInput, now = new Date()): Promise<z.infer<typeof logOutput>> {
  const patient = await db().patient.findUnique({ where: { userId: user.id }, select: { id: true, timezone: true } });
  if (!patient) throw new AppError('FORBIDDEN', 'Only patients log exercises.');
  const plan = await db().exercisePlan.findFirst({
    where: { id: input.planId, patientId: patient.id, endedAt: null },
    select: {
      id: true,
      versions: {
        orderBy: { version: 'desc' },
        take: 1,
        select: {
          id: true,
          startsOn: true,
          endsOn: true,
          items: { where: { exerciseId: input.exerciseId }, select: { timesOfDay: true, exercise: { select: { name: true } } } },
        },
      },
    },
  });
  if (!plan) throw new AppError('NOT_FOUND', 'Plan not found.');
  const today = todayIn(patient.timezone, now);
  const version = plan.versions[0];
  const item = version?.items[0];
  if (!version || !item || today < dateOnly(version.startsOn) || (version.endsOn && today > dateOnly(version.endsOn))) {
    throw new AppError('EXERCISE_NOT_IN_PLAN');
  }
  if (!timeOfDayAllowed(item.timesOfDay, input.timeOfDay)) throw new AppError('TIME_OF_DAY_NOT_IN_PLAN');
  return db().$transaction(async (tx) => {
    const log = await tx.exerciseLog.create({
      data: {
        patientId: patient.id,
        planId: plan.id,
        versionId: version.id,
        exerciseId: input.exerciseId,
        performedOn: dbDate(today),
        loggedAt: now,
        setsDone: input.setsDone,
        repsDone: input.repsDone,
        pain: input.pain,
        difficulty: input.difficulty,
        comment: input.comment || null,
        timeOfDay: input.timeOfDay,
      },
    });
    if (isHighPain(input.pain)) {
      await raiseFlag(
        tx,
        {
          patientId: patient.id,
          planId: plan.id,
          kind: 'HIGH_PAIN',
          key: `high-pain:${today}`,
          detail: `Logged pain ${input.pain}/10 with ${item.exercise.name} on ${spokenDate(today)}.`,
        },
        now,
      );
    }
    const doneToday = await tx.exerciseLog.count({
      where: { planId: plan.id, exerciseId: input.exerciseId, performedOn: dbDate(today) },
    });
    return {
      id: log.id,
      planId: log.planId,
      exerciseId: log.exerciseId,
      performedOn: today,
      loggedAt: log.loggedAt.toISOString(),
      setsDone: log.setsDone,
      repsDone: log.repsDone,
      pain: log.pain,
      difficulty: log.difficulty,
      comment: log.comment,
      timeOfDay: log.timeOfDay,
      doneToday,
    };
  });
}
