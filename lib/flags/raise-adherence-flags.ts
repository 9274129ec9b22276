// Part of the daily digest job: a plan whose patient did under half of the sessions prescribed
// in the 7 days ending yesterday (their yesterday) gets a low-adherence flag, at most one per
// ISO week of that yesterday.
import { db, Prisma } from '../db';
import { isLowAdherence } from '../outcomes/flag-rules';
import { adherenceBetween } from '../plans/adherence';
import { addDays, todayIn, weekStart } from '../plans/calendar';
import { toVersionRx, versionRxSelect } from '../plans/plan-activity';
import type { DayActivity } from '../plans/weekly-progress';
import { raiseFlag } from './raise-flag';

export async function raiseAdherenceFlags(now = new Date()): Promise<number> {
  const plans = await db().exercisePlan.findMany({
    where: { endedAt: null },
    select: { id: true, patientId: true, patient: { select: { timezone: true } }, versions: { select: versionRxSelect } },
  });
  if (plans.length === 0) return 0;
  const since = addDays(todayIn('UTC', now), -9);
  const activity = await db().$queryRaw<(DayActivity & { planId: string })[]>`
    SELECT plan_id AS "planId", to_char(performed_on, 'YYYY-MM-DD') AS "date", exercise_id AS "exerciseId",
           count(*)::int AS "sessions", sum(pain)::int AS "painSum", max(pain)::int AS "painMax"
      FROM exercise_logs WHERE plan_id IN (${Prisma.join(plans.map((p) => p.id))}) AND performed_on >= ${since}::date
     GROUP BY plan_id, performed_on, exercise_id`;
  let raised = 0;
  for (const plan of plans) {
    const yesterday = addDays(todayIn(plan.patient.timezone, now), -1);
    const window = adherenceBetween(
      toVersionRx(plan.versions),
      activity.filter((a) => a.planId === plan.id),
      addDays(yesterday, -6),
      yesterday,
    );
    if (!isLowAdherence(window)) continue;
    const pct = Math.round((window.done / window.prescribed) * 100);
    const created = await db().$transaction((tx) =>
      raiseFlag(
        tx,
        {
          patientId: plan.patientId,
          planId: plan.id,
          kind: 'LOW_ADHERENCE',
          key: `low-adherence:${weekStart(yesterday)}`,
          detail: `Did ${window.done} of ${window.prescribed} prescribed sessions (${pct} %) in the 7 days to ${yesterday}.`,
        },
        now,
      ),
    );
    if (created) raised++;
  }
  return raised;
}
