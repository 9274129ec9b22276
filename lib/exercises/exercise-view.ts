// The one shape exercises leave the server in, and the select that feeds it.
import type { Prisma } from '../db';
import { canEditExercise, type StaffScope } from './exercise-scope';
import type { ExerciseView } from './schemas';

export const exerciseSelect = {
  id: true,
  slug: true,
  name: true,
  purpose: true,
  steps: true,
  cautions: true,
  region: true,
  category: true,
  conditions: true,
  illustration: true,
  defaultSets: true,
  defaultReps: true,
  defaultHoldSeconds: true,
  defaultMinutes: true,
  defaultTimesPerDay: true,
  defaultDaysPerWeek: true,
  active: true,
  practiceId: true,
} satisfies Prisma.ExerciseSelect;

export type ExerciseRecord = Prisma.ExerciseGetPayload<{ select: typeof exerciseSelect }>;

export const illustrationUrl = (file: string) => `/exercises/${file}`;

export function toExerciseView(e: ExerciseRecord, scope: StaffScope | null): ExerciseView {
  return {
    id: e.id,
    slug: e.slug,
    name: e.name,
    purpose: e.purpose,
    steps: e.steps,
    cautions: e.cautions,
    region: e.region,
    category: e.category,
    conditions: e.conditions,
    illustration: e.illustration,
    illustrationUrl: illustrationUrl(e.illustration),
    defaultDosage: {
      sets: e.defaultSets,
      reps: e.defaultReps,
      holdSeconds: e.defaultHoldSeconds,
      minutes: e.defaultMinutes,
      timesPerDay: e.defaultTimesPerDay,
      daysPerWeek: e.defaultDaysPerWeek,
    },
    active: e.active,
    practiceId: e.practiceId,
    editable: scope ? canEditExercise(scope, e) : false,
  };
}
