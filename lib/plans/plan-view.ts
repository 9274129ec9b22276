// The one shape plans leave the server in, and the query that feeds it.
import type { Prisma } from '../db';
import { illustrationUrl } from '../exercises/exercise-view';
import { dateOnly } from './calendar';
import { describeDosage } from './dosage';
import { sortTimesOfDay } from './times-of-day';
import type { PlanItemView, PlanVersionView, PlanView } from './schemas';

export const planItemSelect = {
  exerciseId: true,
  position: true,
  sets: true,
  reps: true,
  holdSeconds: true,
  minutes: true,
  timesPerDay: true,
  daysPerWeek: true,
  notes: true,
  timesOfDay: true,
  exercise: {
    select: { name: true, purpose: true, steps: true, cautions: true, region: true, category: true, illustration: true },
  },
} satisfies Prisma.ExercisePlanItemSelect;

export const planVersionSelect = {
  id: true,
  version: true,
  startsOn: true,
  endsOn: true,
  effectiveFrom: true,
  notes: true,
  createdAt: true,
  createdById: true,
  items: { orderBy: { position: 'asc' }, select: planItemSelect },
} satisfies Prisma.ExercisePlanVersionSelect;

export const planSelect = {
  id: true,
  title: true,
  endedAt: true,
  createdAt: true,
  patientId: true,
  patient: { select: { id: true, userId: true, timezone: true, user: { select: { name: true } } } },
  therapist: { select: { id: true, practiceId: true, user: { select: { name: true } } } },
  versions: { orderBy: { version: 'desc' }, select: planVersionSelect },
} satisfies Prisma.ExercisePlanSelect;

export type PlanRecord = Prisma.ExercisePlanGetPayload<{ select: typeof planSelect }>;
type ItemRecord = Prisma.ExercisePlanItemGetPayload<{ select: typeof planItemSelect }>;
type VersionRecord = Prisma.ExercisePlanVersionGetPayload<{ select: typeof planVersionSelect }>;

export function toPlanItemView(i: ItemRecord): PlanItemView {
  const dosage = {
    sets: i.sets,
    reps: i.reps,
    holdSeconds: i.holdSeconds,
    minutes: i.minutes,
    timesPerDay: i.timesPerDay,
    daysPerWeek: i.daysPerWeek,
  };
  return {
    exerciseId: i.exerciseId,
    position: i.position,
    name: i.exercise.name,
    purpose: i.exercise.purpose,
    steps: i.exercise.steps,
    cautions: i.exercise.cautions,
    region: i.exercise.region,
    category: i.exercise.category,
    illustrationUrl: illustrationUrl(i.exercise.illustration),
    dosage,
    dosageText: describeDosage(dosage),
    notes: i.notes,
    timesOfDay: sortTimesOfDay(i.timesOfDay),
  };
}

function toVersionView(v: VersionRecord, names: Map<string, string>): PlanVersionView {
  return {
    version: v.version,
    startsOn: dateOnly(v.startsOn),
    endsOn: v.endsOn ? dateOnly(v.endsOn) : null,
    effectiveFrom: dateOnly(v.effectiveFrom),
    notes: v.notes,
    createdAt: v.createdAt.toISOString(),
    createdBy: names.get(v.createdById) ?? null,
    items: v.items.map(toPlanItemView),
  };
}

/** `names`: user id → name of whoever wrote the versions. */
export function toPlanView(p: PlanRecord, names: Map<string, string>): PlanView {
  const [current, ...history] = p.versions;
  if (!current) throw new Error(`plan ${p.id} has no version`);
  return {
    id: p.id,
    title: p.title,
    endedAt: p.endedAt?.toISOString() ?? null,
    createdAt: p.createdAt.toISOString(),
    patient: { id: p.patient.id, name: p.patient.user.name },
    therapist: { id: p.therapist.id, name: p.therapist.user.name },
    current: toVersionView(current, names),
    history: history.map((v) => toVersionView(v, names)),
  };
}
