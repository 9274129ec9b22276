// A patient turns reminders on or off and sets their times (decision 030). In one transaction per
// save: the choice, and its next job (queued only while a plan is open; an unchanged choice keeps
// the job it has). A time of day the plan does not use may be chosen too: it is kept for when a
// revised plan uses it, and sends nothing until then.
import { db } from '../db';
import type { SessionUser } from '../auth/roles';
import { todayIn } from '../plans/calendar';
import { getPlanReminders, ownPatient } from './get-plan-reminders';
import { minuteOfClock, nextReminderAt } from './next-reminder';
import { planDayState } from './plan-state';
import { queueNextReminder, unqueueReminder } from './queue-next-reminder';
import type { PlanRemindersInput, PlanRemindersView } from './schemas';

export async function savePlanReminders(
  user: SessionUser,
  input: PlanRemindersInput,
  now = new Date(),
): Promise<PlanRemindersView> {
  const patient = await ownPatient(user);
  await db().$transaction(async (tx) => {
    const state = await planDayState(tx, patient.id, todayIn(patient.timezone, now));
    for (const choice of input.reminders) {
      const minuteOfDay = minuteOfClock(choice.time);
      if (minuteOfDay === null) throw new RangeError('time was validated as HH:MM'); // the schema refuses it first
      const key = { patientId: patient.id, timeOfDay: choice.timeOfDay };
      // The upsert locks the row, so scheduledFor read here is what the conditional UPDATE sees.
      const { scheduledFor } = await tx.planReminder.upsert({
        where: { patientId_timeOfDay: key },
        create: { ...key, enabled: choice.enabled, minuteOfDay },
        update: { enabled: choice.enabled, minuteOfDay },
        select: { scheduledFor: true },
      });
      if (!choice.enabled || !state.open) {
        if (scheduledFor) await unqueueReminder(tx, { ...key, scheduledFor });
        continue;
      }
      const next = nextReminderAt(minuteOfDay, patient.timezone, now);
      if (scheduledFor?.getTime() === next.at.getTime()) continue; // that job is already queued
      await queueNextReminder(tx, { ...key, minuteOfDay, timezone: patient.timezone, scheduledFor }, now);
    }
  });
  return getPlanReminders(user, now);
}
