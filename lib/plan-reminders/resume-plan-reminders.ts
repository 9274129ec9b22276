// The hourly 'plan-reminders.sweep' job (decision 030): a reminder that is on but has no job on
// the way (its patient got a new plan after the chain stopped, or a send failed past its retries
// and the chain ended there) gets its next one queued. Stuck = nothing queued, or queued for an
// instant over an hour ago (a live job is retried within minutes).
import { db } from '../db';
import type { TimeOfDayValue } from '../plans/schemas';
import { queueNextReminder } from './queue-next-reminder';

const STUCK_AFTER_MS = 60 * 60 * 1000;

interface StoppedReminder {
  patientId: string;
  timeOfDay: TimeOfDayValue;
  minuteOfDay: number;
  timezone: string;
  scheduledFor: Date | null;
}

/** Returns how many reminders it restarted. `patientId` limits it to one patient. */
export async function resumePlanReminders(now = new Date(), patientId: string | null = null): Promise<number> {
  const stuckBefore = new Date(now.getTime() - STUCK_AFTER_MS);
  const stopped = await db().$queryRaw<StoppedReminder[]>`
    SELECT r.patient_id AS "patientId", r.time_of_day::text AS "timeOfDay", r.minute_of_day AS "minuteOfDay",
           p.timezone, r.scheduled_for AS "scheduledFor"
      FROM plan_reminders r
      JOIN patients p ON p.id = r.patient_id
      JOIN users u ON u.id = p.user_id
     WHERE r.enabled AND u.active
       AND (r.scheduled_for IS NULL OR r.scheduled_for < ${stuckBefore})
       AND (${patientId}::text IS NULL OR r.patient_id = ${patientId})
       AND EXISTS (
         SELECT 1 FROM exercise_plans ep
          WHERE ep.patient_id = r.patient_id AND ep.ended_at IS NULL
            AND COALESCE((SELECT v.ends_on FROM exercise_plan_versions v WHERE v.plan_id = ep.id ORDER BY v.version DESC LIMIT 1),
                         'infinity'::date) >= (${now}::timestamptz AT TIME ZONE p.timezone)::date)`;
  let resumed = 0;
  for (const r of stopped) {
    if (await db().$transaction((tx) => queueNextReminder(tx, r, now))) resumed++;
  }
  return resumed;
}
