// A therapist's patients (in their care: a real visit or a plan with them, lib/care), with how each is doing: the open
// plan, adherence over the 7 days ending yesterday, the last pain logged, open flags, and the next
// booked visit with them.
import { db, Prisma } from '../db';
import type { SessionUser } from '../auth/roles';
import { recordPhiRead } from '../audit/record-phi-read';
import { patientsReadableBy, readerPracticeId } from '../care/care-relationship';
import { adherenceBetween } from './adherence';
import { addDays, todayIn } from './calendar';
import { toVersionRx, versionRxSelect } from './plan-activity';
import type { TreatedPatient } from './progress-schemas';
import type { DayActivity } from './weekly-progress';

export async function listTreatedPatients(user: SessionUser, now = new Date()): Promise<TreatedPatient[]> {
  const mine = { therapist: { userId: user.id } };
  const practiceId = await readerPracticeId(user);
  const patients = await db().patient.findMany({
    where: patientsReadableBy(user),
    orderBy: { user: { name: 'asc' } },
    take: 200,
    select: {
      id: true,
      timezone: true,
      dateOfBirth: true,
      user: { select: { name: true } },
      exercisePlans: {
        where: { endedAt: null, ...(practiceId ? { therapist: { practiceId } } : {}) },
        select: { id: true, title: true, versions: { orderBy: { version: 'asc' }, select: versionRxSelect } },
      },
      // Open flags of this practice's plans only: another practice's are not disclosed. Their ids,
      // not Prisma's `_count` (which groups every open flag of the network; decision 047).
      flags: {
        where: { acknowledgedAt: null, ...(practiceId ? { plan: { therapist: { practiceId } } } : {}) },
        select: { id: true },
      },
      appointments: {
        where: { ...mine, status: 'BOOKED', endsAt: { gt: now } },
        orderBy: { startsAt: 'asc' },
        take: 1,
        select: { id: true, startsAt: true, modality: true },
      },
    },
  });
  // One audit row for the list, naming everyone on it (adherence, pain and flags are clinical data).
  await recordPhiRead(user, {
    action: 'patient.list',
    entityType: 'Patient',
    patientIds: patients.map((p) => p.id),
    practiceId,
  });
  const planIds = patients.flatMap((p) => p.exercisePlans.map((plan) => plan.id));
  const since = addDays(todayIn('UTC', now), -9);
  const [activity, lastPain] =
    planIds.length === 0
      ? [[], []]
      : await Promise.all([
          db().$queryRaw<(DayActivity & { planId: string })[]>`
      SELECT plan_id AS "planId", to_char(performed_on, 'YYYY-MM-DD') AS "date", exercise_id AS "exerciseId",
             count(*)::int AS "sessions", sum(pain)::int AS "painSum", max(pain)::int AS "painMax"
        FROM exercise_logs WHERE plan_id IN (${Prisma.join(planIds)}) AND performed_on >= ${since}::date
       GROUP BY plan_id, performed_on, exercise_id`,
          db().$queryRaw<{ planId: string; pain: number; on: string }[]>`
      SELECT DISTINCT ON (plan_id) plan_id AS "planId", pain, to_char(performed_on, 'YYYY-MM-DD') AS "on"
        FROM exercise_logs WHERE plan_id IN (${Prisma.join(planIds)}) ORDER BY plan_id, logged_at DESC`,
        ]);
  const painByPlan = new Map(lastPain.map((r) => [r.planId, { pain: r.pain, on: r.on }]));
  return patients.map((p) => {
    const plan = p.exercisePlans[0];
    const current = plan?.versions.at(-1);
    let last7Days: TreatedPatient['last7Days'] = null;
    if (plan) {
      const today = todayIn(p.timezone, now);
      const a = adherenceBetween(
        toVersionRx(plan.versions),
        activity.filter((r) => r.planId === plan.id),
        addDays(today, -7),
        addDays(today, -1),
      );
      last7Days = {
        prescribed: a.prescribed,
        done: a.done,
        adherencePercent: a.prescribed > 0 ? Math.round((a.done / a.prescribed) * 100) : null,
      };
    }
    return {
      id: p.id,
      name: p.user.name,
      dateOfBirth: p.dateOfBirth.toISOString().slice(0, 10),
      plan: plan && current ? { id: plan.id, title: plan.title, version: current.version } : null,
      last7Days,
      lastPain: plan ? (painByPlan.get(plan.id) ?? null) : null,
      openFlags: p.flags.length,
      nextVisit: p.appointments[0]
        ? { id: p.appointments[0].id, start: p.appointments[0].startsAt.toISOString(), modality: p.appointments[0].modality }
        : null,
    };
  });
}
