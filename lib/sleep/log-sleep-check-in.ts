// A patient logs today's sleep check-in (their today, in their zone); logging again the same day
// replaces it. When night pain is now 2+ worse week on week and they have an open plan, the plan's
// therapist gets a NIGHT_PAIN_WORSE flag, once per week, in the same transaction.
import type { z } from 'zod';
import { db } from '../db';
import { AppError } from '../errors';
import type { SessionUser } from '../auth/roles';
import { raiseFlag } from '../flags/raise-flag';
import { addDays, dbDate, spokenDate, todayIn, weekStart } from '../plans/calendar';
import { nightPainTrend } from './night-pain-trend';
import type { SleepCheckInInput, sleepLogOutput } from './schemas';
import { sleepCheckInSelect, toSleepCheckInView } from './sleep-check-in-view';

export async function logSleepCheckIn(
  user: SessionUser,
  input: SleepCheckInInput,
  now = new Date(),
): Promise<z.infer<typeof sleepLogOutput>> {
  const patient = await db().patient.findUnique({ where: { userId: user.id }, select: { id: true, timezone: true } });
  if (!patient) throw new AppError('FORBIDDEN', 'Only patients log sleep check-ins.');
  const today = todayIn(patient.timezone, now);
  const values = {
    painLyingDown: input.painLyingDown,
    timesWoken: input.timesWoken,
    halfHoursSlept: Math.round(input.hoursSlept * 2),
    loggedAt: now,
  };
  return db().$transaction(async (tx) => {
    const row = await tx.sleepCheckIn.upsert({
      where: { patientId_checkedOn: { patientId: patient.id, checkedOn: dbDate(today) } },
      create: { patientId: patient.id, checkedOn: dbDate(today), ...values },
      update: values,
      select: sleepCheckInSelect,
    });
    const recent = await tx.sleepCheckIn.findMany({
      where: { patientId: patient.id, checkedOn: { gte: dbDate(addDays(today, -13)), lte: dbDate(today) } },
      select: sleepCheckInSelect,
    });
    const trend = nightPainTrend(recent.map(toSleepCheckInView), today);
    let flagged = false;
    if (trend.worse) {
      const plan = await tx.exercisePlan.findFirst({
        where: { patientId: patient.id, endedAt: null },
        orderBy: { createdAt: 'desc' },
        select: { id: true },
      });
      if (plan) {
        flagged = await raiseFlag(
          tx,
          {
            patientId: patient.id,
            planId: plan.id,
            kind: 'NIGHT_PAIN_WORSE',
            key: `night-pain:${weekStart(today)}`,
            detail:
              `Night pain averaged ${trend.thisWeek.averagePain}/10 in the week to ${spokenDate(today)}, ` +
              `up from ${trend.weekBefore.averagePain}/10 the week before.`,
          },
          now,
        );
      }
    }
    return { ...toSleepCheckInView(row), flagged };
  });
}
