// What a treating therapist sees about one patient: the plan and its history, adherence and pain
// week by week, outcome scores with their trend, recent logs, and flags.
import { db } from '../db';
import type { SessionUser } from '../auth/roles';
import { recordPhiRead } from '../audit/record-phi-read';
import { flagSelect, toFlagView } from '../flags/flag-view';
import { planSchedule } from '../outcomes/plan-schedule';
import { questionnairesDue } from '../outcomes/questionnaires-due';
import { scoreSelect, toScoreView } from '../outcomes/score-view';
import { adherenceBetween } from './adherence';
import { addDays, dateOnly, todayIn, weekStart } from './calendar';
import { PROGRESS_WEEKS } from './load-patient-dashboard';
import { readPatientPlans } from './list-patient-plans';
import { loadDayActivity, toVersionRx } from './plan-activity';
import { findAccessiblePlan, versionAuthors } from './plan-access';
import { toPlanView } from './plan-view';
import type { PatientProgress } from './progress-schemas';
import { weeklyProgress } from './weekly-progress';

const percent = (a: { prescribed: number; done: number }) =>
  a.prescribed > 0 ? Math.round((a.done / a.prescribed) * 100) : null;

export async function loadPatientProgress(user: SessionUser, patientId: string, now = new Date()): Promise<PatientProgress> {
  // Checks the care relationship (404 otherwise) and limits the plans to the reader's practice.
  const { plans, practiceId } = await readPatientPlans(user, patientId);
  // Reading a patient's record is itself recorded (who looked, when), for the page and the API alike.
  // The reader's practice, so the practice's admins see it in their audit log.
  await recordPhiRead(user, {
    action: 'patient.read',
    entityType: 'Patient',
    entityId: patientId,
    patientIds: [patientId],
    practiceId,
  });
  const patient = await db().patient.findUniqueOrThrow({
    where: { id: patientId },
    select: { id: true, timezone: true, dateOfBirth: true, user: { select: { name: true } } },
  });
  const today = todayIn(patient.timezone, now);
  const latest = plans.find((p) => p.endedAt === null) ?? plans[0];
  const base = {
    patient: {
      id: patient.id,
      name: patient.user.name,
      dateOfBirth: patient.dateOfBirth.toISOString().slice(0, 10),
      timezone: patient.timezone,
    },
    today,
    plans,
  };
  if (!latest) {
    return {
      ...base,
      plan: null,
      progress: [],
      last7Days: { prescribed: 0, done: 0, adherencePercent: null },
      scores: [],
      questionnairesDue: [],
      recentLogs: [],
      flags: [],
    };
  }
  const plan = await findAccessiblePlan(user, latest.id);
  const firstStart = weekStart(dateOnly(plan.versions.at(-1)!.startsOn));
  const twelveWeeks = weekStart(addDays(today, -7 * (PROGRESS_WEEKS - 1)));
  const from = firstStart > twelveWeeks ? firstStart : twelveWeeks;
  const [activity, scores, logs, flags, names] = await Promise.all([
    loadDayActivity(plan.id, from, today),
    db().outcomeScore.findMany({ where: { planId: plan.id }, orderBy: { takenAt: 'asc' }, select: scoreSelect }),
    db().exerciseLog.findMany({
      where: { planId: plan.id },
      orderBy: { loggedAt: 'desc' },
      take: 20,
      select: {
        id: true,
        performedOn: true,
        loggedAt: true,
        setsDone: true,
        repsDone: true,
        pain: true,
        difficulty: true,
        comment: true,
        exercise: { select: { name: true } },
      },
    }),
    db().patientFlag.findMany({
      where: {
        patientId,
        OR: [{ acknowledgedAt: null }, { raisedAt: { gte: new Date(now.getTime() - 30 * 86_400_000) } }],
        ...(practiceId ? { plan: { therapist: { practiceId } } } : {}),
      },
      orderBy: { raisedAt: 'desc' },
      take: 50,
      select: flagSelect,
    }),
    versionAuthors(plan),
  ]);
  const versions = toVersionRx(plan.versions);
  const last7 = adherenceBetween(versions, activity, addDays(today, -7), addDays(today, -1));
  const scoreViews = scores.map(toScoreView);
  return {
    ...base,
    plan: toPlanView(plan, names),
    progress: weeklyProgress(versions, activity, from, today),
    last7Days: { prescribed: last7.prescribed, done: last7.done, adherencePercent: percent(last7) },
    scores: scoreViews,
    questionnairesDue: questionnairesDue(planSchedule(plan.versions, plan.endedAt, patient.timezone), scoreViews, today),
    recentLogs: logs.map((l) => ({
      id: l.id,
      performedOn: dateOnly(l.performedOn),
      loggedAt: l.loggedAt.toISOString(),
      exercise: l.exercise.name,
      setsDone: l.setsDone,
      repsDone: l.repsDone,
      pain: l.pain,
      difficulty: l.difficulty,
      comment: l.comment,
    })),
    flags: flags.map(toFlagView),
  };
}
