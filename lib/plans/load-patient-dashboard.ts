// Everything the patient dashboard shows, in three round trips: the patient; the next visit and
// the open plan (with its versions); then the plan's logs per day, the days logged (for the
// streak) and the questionnaire scores.
import { db } from '../db';
import { AppError } from '../errors';
import type { SessionUser } from '../auth/roles';
import { planSchedule } from '../outcomes/plan-schedule';
import { questionnairesDue } from '../outcomes/questionnaires-due';
import { scoreSelect, toScoreView } from '../outcomes/score-view';
import { adherenceBetween, currentStreak, todaysChecklist } from './adherence';
import { addDays, dateOnly, todayIn, weekStart } from './calendar';
import type { PatientDashboard } from './dashboard-schemas';
import { loadDayActivity, loadLoggedDates, toVersionRx } from './plan-activity';
import { planItemSelect, toPlanItemView } from './plan-view';
import { weeklyProgress } from './weekly-progress';

export const PROGRESS_WEEKS = 12;

function nextAppointment(patientId: string, now: Date) {
  return db().appointment.findFirst({
    where: { patientId, status: 'BOOKED', endsAt: { gt: now } },
    orderBy: { startsAt: 'asc' },
    select: {
      id: true, startsAt: true, endsAt: true, modality: true, visitType: { select: { name: true } },
      therapist: { select: { user: { select: { name: true } } } }, clinic: { select: { name: true } },
    },
  });
}

function openPlan(patientId: string) {
  return db().exercisePlan.findFirst({
    where: { patientId, endedAt: null },
    select: {
      id: true, title: true, endedAt: true, therapist: { select: { user: { select: { name: true } } } },
      versions: {
        orderBy: { version: 'asc' },
        select: { id: true, version: true, effectiveFrom: true, startsOn: true, endsOn: true, notes: true, items: { orderBy: { position: 'asc' }, select: planItemSelect } },
      },
    },
  });
}

export async function loadPatientDashboard(user: SessionUser, now = new Date()): Promise<PatientDashboard> {
  const patient = await db().patient.findUnique({ where: { userId: user.id }, select: { id: true, timezone: true } });
  if (!patient) throw new AppError('FORBIDDEN', 'Only patients have this dashboard.');
  const today = todayIn(patient.timezone, now);
  const [next, plan] = await Promise.all([nextAppointment(patient.id, now), openPlan(patient.id)]);
  const nextView = next ? {
    id: next.id, start: next.startsAt.toISOString(), end: next.endsAt.toISOString(), modality: next.modality,
    visitType: next.visitType.name, therapist: next.therapist.user.name, clinic: next.clinic?.name ?? null,
  } : null;
  const current = plan?.versions.at(-1);
  if (!plan || !current) {
    const streak = currentStreak(await loadLoggedDates(patient.id, today), today);
    return {
      today, timezone: patient.timezone, nextAppointment: nextView, plan: null, checklist: [], week: null, streak,
      progress: [], questionnairesDue: [], scores: [],
    };
  }

  // Up to 12 weeks, but none from before the plan started.
  const firstStart = weekStart(dateOnly(plan.versions[0]!.startsOn));
  const twelveWeeks = weekStart(addDays(today, -7 * (PROGRESS_WEEKS - 1)));
  const from = firstStart > twelveWeeks ? firstStart : twelveWeeks;
  const monday = weekStart(today);
  const [activity, loggedDates, scores] = await Promise.all([
    loadDayActivity(plan.id, from, addDays(monday, 6)),
    loadLoggedDates(patient.id, today),
    db().outcomeScore.findMany({ where: { planId: plan.id }, orderBy: { takenAt: 'asc' }, select: scoreSelect }),
  ]);
  const versions = toVersionRx(plan.versions);
  const items = new Map(current.items.map((i) => [i.exerciseId, toPlanItemView(i)]));
  const checklist = todaysChecklist(versions, activity, today).flatMap((c) => {
    const item = items.get(c.exerciseId);
    return item ? [{ ...item, doneToday: c.doneToday, weekDone: c.weekDone, weekPrescribed: c.weekPrescribed, state: c.state }] : [];
  });
  const week = adherenceBetween(versions, activity, monday, addDays(monday, 6));
  const scoreViews = scores.map(toScoreView);
  return {
    today,
    timezone: patient.timezone,
    nextAppointment: nextView,
    plan: {
      id: plan.id, title: plan.title, version: current.version, therapist: plan.therapist.user.name,
      startsOn: dateOnly(current.startsOn), endsOn: current.endsOn ? dateOnly(current.endsOn) : null, notes: current.notes,
    },
    checklist,
    week: { weekStart: monday, prescribed: week.prescribed, done: week.done },
    streak: currentStreak(loggedDates, today),
    progress: weeklyProgress(versions, activity, from, today),
    questionnairesDue: questionnairesDue(planSchedule(plan.versions, plan.endedAt, patient.timezone), scoreViews, today),
    scores: scoreViews,
  };
}
