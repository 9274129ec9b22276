// What adherence is computed from (the therapist's views and the daily flag job): a plan's
// versions as prescriptions, and its logs summed per day and exercise in Postgres.
import { db } from '../db';
import { dateOnly } from './calendar';
import type { VersionRx } from './adherence';
import type { DayActivity } from './weekly-progress';

interface VersionRow {
  version: number;
  effectiveFrom: Date;
  startsOn: Date;
  endsOn: Date | null;
  items: { exerciseId: string; timesPerDay: number; daysPerWeek: number }[];
}

export function toVersionRx(versions: readonly VersionRow[]): VersionRx[] {
  return versions.map((v) => ({
    version: v.version,
    effectiveFrom: dateOnly(v.effectiveFrom),
    startsOn: dateOnly(v.startsOn),
    endsOn: v.endsOn ? dateOnly(v.endsOn) : null,
    items: v.items.map((i) => ({ exerciseId: i.exerciseId, timesPerDay: i.timesPerDay, daysPerWeek: i.daysPerWeek })),
  }));
}

export const versionRxSelect = {
  version: true,
  effectiveFrom: true,
  startsOn: true,
  endsOn: true,
  items: { select: { exerciseId: true, timesPerDay: true, daysPerWeek: true } },
} as const;

/** Sessions and pain per day and exercise, from `from` to `to` (local dates, both included). */
export async function loadDayActivity(planId: string, from: string, to: string): Promise<DayActivity[]> {
  return db().$queryRaw<DayActivity[]>`
    SELECT to_char(performed_on, 'YYYY-MM-DD') AS "date", exercise_id AS "exerciseId", count(*)::int AS "sessions",
           sum(pain)::int AS "painSum", max(pain)::int AS "painMax"
      FROM exercise_logs
     WHERE plan_id = ${planId} AND performed_on BETWEEN ${from}::date AND ${to}::date
     GROUP BY performed_on, exercise_id`;
}
