// The patient dashboard: one query (load-dashboard-data.ts), then pure functions over it.
import { AppError } from '../errors';
import type { SessionUser } from '../auth/roles';
import { questionnairesDue } from '../outcomes/questionnaires-due';
import { bandLabel } from '../outcomes/score-view';
import { adherenceBetween, currentStreak, todaysChecklist, type VersionRx } from './adherence';
import { addDays, dateOfDay, todayIn, weekStart } from './calendar';
import type { PatientDashboard } from './dashboard-schemas';
import { loadDashboardData } from './load-dashboard-data';
import { toPlanItemView } from './plan-view';
import { groupByTimeOfDay } from './times-of-day';
import { weeklyProgress } from './weekly-progress';

export const PROGRESS_WEEKS = 12;

export async function loadPatientDashboard(user: SessionUser, now = new Date()): Promise<PatientDashboard> {
  const data = await loadDashboardData(user.id, now);
  if (!data.patient) throw new AppError('FORBIDDEN', 'Only patients have this dashboard.');
  const today = todayIn(data.patient.timezone, now);
  const next = data.next
    ? {
        id: data.next.id,
        start: new Date(data.next.startsAt).toISOString(),
        end: new Date(data.next.endsAt).toISOString(),
        modality: data.next.modality,
        visitType: data.next.visitType,
        therapist: data.next.therapist,
        clinic: data.next.clinic,
      }
    : null;
  const streak = currentStreak(data.loggedDays.map(dateOfDay), today);
  const activity = data.activity.map(([day, exerciseId, sessions, painSum, painMax]) => ({
    date: dateOfDay(day),
    exerciseId,
    sessions,
    painSum,
    painMax,
  }));
  const plan = data.plan;
  const first = plan?.versions[0];
  const current = plan?.versions.at(-1);
  if (!plan || !first || !current) {
    return {
      today,
      timezone: data.patient.timezone,
      nextAppointment: next,
      plan: null,
      checklist: [],
      timeGroups: [],
      week: null,
      streak,
      progress: [],
      questionnairesDue: [],
      scores: [],
    };
  }

  const versions: VersionRx[] = plan.versions.map((v) => ({
    version: v.version,
    effectiveFrom: v.effectiveFrom,
    startsOn: v.startsOn,
    endsOn: v.endsOn,
    items: v.items.map((i) => ({ exerciseId: i.exerciseId, timesPerDay: i.timesPerDay, daysPerWeek: i.daysPerWeek })),
  }));
  // Up to 12 weeks, but none from before the plan started.
  const twelveWeeks = weekStart(addDays(today, -7 * (PROGRESS_WEEKS - 1)));
  const from = weekStart(first.startsOn) > twelveWeeks ? weekStart(first.startsOn) : twelveWeeks;
  const monday = weekStart(today);
  const items = new Map(current.items.map((i) => [i.exerciseId, toPlanItemView(i)]));
  const checklist = todaysChecklist(versions, activity, today).flatMap((c) => {
    const item = items.get(c.exerciseId);
    return item
      ? [{ ...item, doneToday: c.doneToday, weekDone: c.weekDone, weekPrescribed: c.weekPrescribed, state: c.state }]
      : [];
  });
  const timeGroups = groupByTimeOfDay(checklist, data.timedToday).map((g) => ({
    time: g.time,
    heading: g.heading,
    items: g.items.map((i) => ({ exerciseId: i.exerciseId, name: i.name, doneAtThisTime: i.doneAtThisTime })),
  }));
  const week = adherenceBetween(versions, activity, monday, addDays(monday, 6));
  const scores = data.scores.map((s) => ({
    id: s.id,
    instrument: s.instrument,
    timepoint: s.timepoint,
    score: s.score,
    bandLabel: bandLabel(s.instrument, s.score),
    takenOn: s.takenOn,
    answers: null,
  }));
  return {
    today,
    timezone: data.patient.timezone,
    nextAppointment: next,
    plan: {
      id: plan.id,
      title: plan.title,
      version: current.version,
      therapist: plan.therapist,
      startsOn: current.startsOn,
      endsOn: current.endsOn,
      notes: current.notes,
    },
    checklist,
    timeGroups,
    week: { weekStart: monday, prescribed: week.prescribed, done: week.done },
    streak,
    progress: weeklyProgress(versions, activity, from, today),
    // An open plan: it has no early end.
    questionnairesDue: questionnairesDue({ startsOn: first.startsOn, endsOn: current.endsOn, endedOn: null }, scores, today),
    scores,
  };
}
