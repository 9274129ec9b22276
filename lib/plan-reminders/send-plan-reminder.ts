// The 'plan.reminder' job (decision 030): at the patient's chosen local time, email them that this
// time of day's exercises are ready, then queue tomorrow's. A job acts only while it is the one the
// reminder row names (a newer choice or a stopped chain makes it stale). The email is claimed in
// plan_reminders_sent first (one per patient, time of day and local date), so a retry, a duplicate
// or a second worker sends nothing twice; a failed send hands its claim back for the retry.
import { db } from '../db';
import { sendPlanReminderEmail } from '../notify/send-plan-reminder';
import { dbDate } from '../plans/calendar';
import { planDayState } from './plan-state';
import { queueNextReminder, unqueueReminder, type PlanReminderJob } from './queue-next-reminder';

/** A reminder more than this late (the worker was down) is skipped: "morning" at noon helps nobody. */
export const LATE_LIMIT_MS = 2 * 60 * 60 * 1000;

export type ReminderOutcome = 'sent' | 'skipped' | 'stale';

export async function sendPlanReminder(job: PlanReminderJob, now = new Date()): Promise<ReminderOutcome> {
  const at = new Date(job.at);
  const key = { patientId: job.patientId, timeOfDay: job.timeOfDay };
  const reminder = await db().planReminder.findUnique({
    where: { patientId_timeOfDay: key },
    select: {
      enabled: true,
      minuteOfDay: true,
      scheduledFor: true,
      patient: { select: { timezone: true, user: { select: { email: true, name: true, active: true } } } },
    },
  });
  if (!reminder?.enabled || reminder.scheduledFor?.getTime() !== at.getTime()) return 'stale';

  const state = await planDayState(db(), job.patientId, job.localDate);
  let outcome: ReminderOutcome = 'skipped';
  const due =
    state.plannedTimes.includes(job.timeOfDay) && reminder.patient.user.active && now.getTime() - at.getTime() <= LATE_LIMIT_MS;
  if (due) {
    const sent = { ...key, localDate: dbDate(job.localDate) };
    const claimed = await db().planReminderSent.createMany({ data: [sent], skipDuplicates: true });
    if (claimed.count === 1) {
      try {
        await sendPlanReminderEmail({
          to: reminder.patient.user.email,
          name: reminder.patient.user.name,
          timeOfDay: job.timeOfDay,
        });
        outcome = 'sent';
      } catch (err) {
        await db().planReminderSent.delete({ where: { patientId_timeOfDay_localDate: sent } });
        throw err; // retried by pg-boss: the row still names this job
      }
    }
  }

  // Tomorrow's, while a plan is open; none once every plan has ended (the sweep restarts it for a new one).
  const choice = { ...key, minuteOfDay: reminder.minuteOfDay, timezone: reminder.patient.timezone, scheduledFor: at };
  await db().$transaction(async (tx) => {
    if (state.open) await queueNextReminder(tx, choice, now > at ? now : at);
    else await unqueueReminder(tx, choice);
  });
  return outcome;
}
