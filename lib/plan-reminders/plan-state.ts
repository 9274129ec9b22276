// What a patient's plans say about one local date, for reminders: whether some plan is still
// running (not ended, and its latest version not past its end date), and which times of day the
// version governing that date plans exercises at (decision 024: the newest version whose
// effective_from is on or before the date).
import type { Prisma, PrismaClient } from '../db';
import { sortTimesOfDay } from '../plans/times-of-day';
import type { TimeOfDayValue } from '../plans/schemas';

type Reader = Prisma.TransactionClient | PrismaClient;

export interface PlanDayState {
  /** Some plan is open on this date: reminders keep going (even on a day it plans nothing). */
  open: boolean;
  /** Times of day with exercises on this date, in day order. */
  plannedTimes: TimeOfDayValue[];
  /** Times of day the open plans' latest versions use (what the settings form offers). */
  currentTimes: TimeOfDayValue[];
}

export async function planDayState(db: Reader, patientId: string, localDate: string): Promise<PlanDayState> {
  const [row] = await db.$queryRaw<{ open: boolean; times: TimeOfDayValue[] | null; current: TimeOfDayValue[] | null }[]>`
    WITH plans AS (
      SELECT ep.id, latest.id AS latest_id, latest.ends_on
        FROM exercise_plans ep
        JOIN LATERAL (SELECT v.id, v.ends_on FROM exercise_plan_versions v WHERE v.plan_id = ep.id
                       ORDER BY v.version DESC LIMIT 1) latest ON true
       WHERE ep.patient_id = ${patientId} AND ep.ended_at IS NULL
    ), governing AS (
      SELECT g.id AS version_id
        FROM plans
        JOIN LATERAL (SELECT v.id, v.starts_on, v.ends_on FROM exercise_plan_versions v
                       WHERE v.plan_id = plans.id AND v.effective_from <= ${localDate}::date
                       ORDER BY v.version DESC LIMIT 1) g ON true
       WHERE g.starts_on <= ${localDate}::date AND (g.ends_on IS NULL OR g.ends_on >= ${localDate}::date)
    )
    SELECT EXISTS (SELECT 1 FROM plans WHERE ends_on IS NULL OR ends_on >= ${localDate}::date) AS open,
           (SELECT array_agg(DISTINCT t::text) FROM governing g
              JOIN exercise_plan_items i ON i.version_id = g.version_id, unnest(i.times_of_day) AS t) AS times,
           (SELECT array_agg(DISTINCT t::text) FROM plans
              JOIN exercise_plan_items i ON i.version_id = plans.latest_id, unnest(i.times_of_day) AS t) AS current`;
  return {
    open: row?.open ?? false,
    plannedTimes: sortTimesOfDay(row?.times ?? []),
    currentTimes: sortTimesOfDay(row?.current ?? []),
  };
}
