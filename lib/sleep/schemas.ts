// What the sleep check-in endpoints accept and answer (issue 16 part 5, decision 024).
import { z } from 'zod';

export const sleepCheckInInput = z.object({
  /** Pain when lying down last night, 0–10. */
  painLyingDown: z.number().int().min(0, 'pain is rated 0–10').max(10, 'pain is rated 0–10'),
  /** Times woken by pain, 0–20. */
  timesWoken: z.number().int().min(0).max(20),
  /** Hours slept, in half hours: 0–24. */
  hoursSlept: z.number().min(0).max(24).multipleOf(0.5, 'in half hours'),
});
export type SleepCheckInInput = z.infer<typeof sleepCheckInInput>;

export const sleepCheckInOutput = z.object({
  checkedOn: z.string(),
  painLyingDown: z.number(),
  timesWoken: z.number(),
  hoursSlept: z.number(),
  loggedAt: z.string(),
});
export type SleepCheckInView = z.infer<typeof sleepCheckInOutput>;

const weekAverage = z.object({ from: z.string(), to: z.string(), checkIns: z.number(), averagePain: z.number().nullable() });

export const sleepTrendOutput = z.object({
  patientId: z.string(),
  today: z.string(),
  /** The last 28 days in the patient's zone, oldest first. */
  checkIns: z.array(sleepCheckInOutput),
  /** Night pain this week (the 7 days to today) against the 7 days before. */
  thisWeek: weekAverage,
  weekBefore: weekAverage,
  /** True when this week's average is 2 or more above the week before's (each with 3+ check-ins). */
  nightPainWorse: z.boolean(),
});
export type SleepTrend = z.infer<typeof sleepTrendOutput>;

export const sleepLogOutput = sleepCheckInOutput.extend({
  /** True when this check-in made the weekly night-pain trend worse by 2+ and flagged it to the therapist. */
  flagged: z.boolean(),
});
