// What the plan-reminder settings endpoints accept and answer (issue 16 part 5, decision 030).
import { z } from 'zod';
import { TIMES_OF_DAY, timeOfDay } from '../plans/schemas';
import { CLOCK_PATTERN } from './next-reminder';

const reminderInput = z
  .object({
    timeOfDay,
    /** Email me at this time of day. */
    enabled: z.boolean(),
    /** Local wall-clock time in the patient's zone, 24-hour 'HH:MM'. */
    time: z.string().regex(CLOCK_PATTERN, 'a time as HH:MM, 00:00–23:59'),
  })
  .strict();

export const planRemindersInput = z
  .object({
    reminders: z
      .array(reminderInput)
      .min(1)
      .max(TIMES_OF_DAY.length)
      .refine((list) => new Set(list.map((r) => r.timeOfDay)).size === list.length, 'each time of day at most once'),
  })
  .strict();
export type PlanRemindersInput = z.infer<typeof planRemindersInput>;

export const planRemindersOutput = z.object({
  /** The patient's zone (their profile): every time here is a wall-clock time in it. */
  timezone: z.string(),
  /** The times of day the patient's open plan uses today, in day order (empty: no open plan). */
  plannedTimes: z.array(timeOfDay),
  /** One entry per time of day, in day order; a time never chosen shows its default, off. */
  reminders: z.array(
    z.object({
      timeOfDay,
      enabled: z.boolean(),
      time: z.string(),
      /** When the next email goes out (UTC), or null when none is queued (off, or no open plan). */
      nextAt: z.string().nullable(),
    }),
  ),
});
export type PlanRemindersView = z.infer<typeof planRemindersOutput>;
