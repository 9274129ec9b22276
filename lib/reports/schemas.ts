// What the visit report accepts and answers.
import { z } from 'zod';
import { localDate } from '../plans/schemas';

export const MAX_REPORT_DAYS = 366;

export const reportQuery = z.object({
  /** Local days where each visit happens (clinic zone, or the therapist's zone for a video visit). */
  from: localDate.optional(),
  to: localDate.optional(),
  clinicId: z.string().min(1).max(40).optional(),
});
export type ReportQuery = z.infer<typeof reportQuery>;

const money = z.object({ currency: z.string(), cents: z.number().int() });
export type Money = z.infer<typeof money>;

export const reportCounts = z.object({
  /** Booked at some point: still booked, completed, missed or cancelled (not released holds). */
  scheduled: z.number().int(),
  completed: z.number().int(),
  noShows: z.number().int(),
  cancellations: z.number().int(),
  /** noShows / (completed + noShows); null when there is nothing to divide by. */
  noShowRate: z.number().nullable(),
  /** cancellations / scheduled; null when nothing was scheduled. */
  cancellationRate: z.number().nullable(),
  /** Card payments collected minus refunds, per currency. */
  revenue: z.array(money),
});
export type ReportCounts = z.infer<typeof reportCounts>;

const ref = z.object({ id: z.string(), name: z.string() });

export const reportRow = reportCounts.extend({
  /** Monday of the visit's local week. */
  weekStart: z.string(),
  /** null: video visits (no clinic). */
  clinic: ref.nullable(),
  therapist: ref,
});
export type ReportRow = z.infer<typeof reportRow>;

export const visitReport = z.object({
  from: z.string(),
  to: z.string(),
  clinicId: z.string().nullable(),
  rows: z.array(reportRow),
  weeks: z.array(reportCounts.extend({ weekStart: z.string() })),
  totals: reportCounts,
});
export type VisitReport = z.infer<typeof visitReport>;
