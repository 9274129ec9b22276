// Queues a plan reminder's next email (decision 030). Each reminder row names the one instant a
// queued job may act for (`scheduled_for`); moving it is a conditional UPDATE from the value the
// caller saw, so of two racing writers (the job advancing its chain, the patient saving a new
// time, the hourly sweep) exactly one queues a job, and every other job finds itself stale.
import type { Prisma } from '../db';
import { enqueue } from '../jobs/enqueue';
import type { TimeOfDayValue } from '../plans/schemas';
import { nextReminderAt } from './next-reminder';

export interface PlanReminderJob {
  patientId: string;
  timeOfDay: TimeOfDayValue;
  /** The instant it was queued for (ISO); must equal the row's scheduled_for to act. */
  at: string;
  /** The patient's local date it belongs to. */
  localDate: string;
}

export interface ReminderChoice {
  patientId: string;
  timeOfDay: TimeOfDayValue;
  minuteOfDay: number;
  timezone: string;
  /** scheduled_for as the caller read it (null: none queued). */
  scheduledFor: Date | null;
}

/** Queues the first reminder after `after`; false when another writer moved the row first. */
export async function queueNextReminder(tx: Prisma.TransactionClient, r: ReminderChoice, after: Date): Promise<boolean> {
  const next = nextReminderAt(r.minuteOfDay, r.timezone, after);
  const moved = await tx.planReminder.updateMany({
    where: { patientId: r.patientId, timeOfDay: r.timeOfDay, scheduledFor: r.scheduledFor },
    data: { scheduledFor: next.at },
  });
  if (moved.count !== 1) return false;
  const job: PlanReminderJob = {
    patientId: r.patientId,
    timeOfDay: r.timeOfDay,
    at: next.at.toISOString(),
    localDate: next.localDate,
  };
  await enqueue(tx, 'plan.reminder', job, { startAfter: next.at, singletonKey: `${r.patientId}:${r.timeOfDay}@${job.at}` });
  return true;
}

/** Stops the chain: the queued job (if any) will find itself stale. */
export async function unqueueReminder(
  tx: Prisma.TransactionClient,
  r: Pick<ReminderChoice, 'patientId' | 'timeOfDay' | 'scheduledFor'>,
): Promise<void> {
  await tx.planReminder.updateMany({
    where: { patientId: r.patientId, timeOfDay: r.timeOfDay, scheduledFor: r.scheduledFor },
    data: { scheduledFor: null },
  });
}
