// The plan builder's form: the plan as edited, the API body made from it (checked by the API's
// `createPlanInput` / `revisePlanInput`), and what a problem is called in the builder's words.
import type { FieldErrors } from 'react-hook-form';
import { problemAt } from '@/app/_components/forms/field-errors';
import type { ExerciseView } from '@/lib/exercises/schemas';
import type { PlanView, TemplateView, TimeOfDayValue } from '@/lib/plans/schemas';

export interface PlanItemFields {
  exerciseId: string;
  name: string;
  sets: number;
  reps: number | null;
  holdSeconds: number | null;
  minutes: number | null;
  timesPerDay: number;
  daysPerWeek: number;
  notes: string;
  timesOfDay: TimeOfDayValue[];
}

export interface PlanFields {
  title: string;
  startsOn: string;
  /** '' = no end date. */
  endsOn: string;
  notes: string;
  items: PlanItemFields[];
}

export const TIMES: [TimeOfDayValue, string][] = [
  ['MORNING', 'Morning'],
  ['MIDDAY', 'Midday'],
  ['EVENING', 'Evening'],
  ['BEFORE_BED', 'Before bed'],
];

export type DoseKey = 'sets' | 'reps' | 'holdSeconds' | 'minutes' | 'timesPerDay' | 'daysPerWeek';
export const DOSE_FIELDS: { key: DoseKey; label: string; min: number; max: number; optional: boolean }[] = [
  { key: 'sets', label: 'Sets', min: 1, max: 20, optional: false },
  { key: 'reps', label: 'Reps', min: 1, max: 100, optional: true },
  { key: 'holdSeconds', label: 'Hold (s)', min: 1, max: 600, optional: true },
  { key: 'minutes', label: 'Minutes', min: 1, max: 180, optional: true },
  { key: 'timesPerDay', label: 'Times a day', min: 1, max: 10, optional: false },
  { key: 'daysPerWeek', label: 'Days a week', min: 1, max: 7, optional: false },
];

export function fromExercise(e: ExerciseView): PlanItemFields {
  return { exerciseId: e.id, name: e.name, ...e.defaultDosage, notes: '', timesOfDay: [] };
}

export function fromPlanItem(i: PlanView['current']['items'][number] | TemplateView['items'][number]): PlanItemFields {
  return { exerciseId: i.exerciseId, name: i.name, ...i.dosage, notes: i.notes, timesOfDay: i.timesOfDay };
}

export function planFields(plan: PlanView | null, today: string): PlanFields {
  return {
    title: plan?.title ?? 'Home exercise plan',
    startsOn: plan?.current.startsOn ?? today,
    endsOn: plan?.current.endsOn ?? '',
    notes: plan?.current.notes ?? '',
    items: plan?.current.items.map(fromPlanItem) ?? [],
  };
}

/** The items as the API takes them (the name is only shown here). */
export const itemsBody = (items: PlanItemFields[]) => items.map(({ name: _name, ...item }) => item);

/** The plan's content as the API takes it (a new version adds the version it started from). */
export function planBody(fields: PlanFields): unknown {
  return {
    title: fields.title,
    startsOn: fields.startsOn,
    endsOn: fields.endsOn || null,
    notes: fields.notes,
    items: itemsBody(fields.items),
  };
}

/** An empty dose box: no value for an optional dose, the least for a required one. */
export const doseValue = (raw: unknown, field: (typeof DOSE_FIELDS)[number]) =>
  raw === '' || raw === null || raw === undefined ? (field.optional ? null : field.min) : Number(raw);

/** Every problem, one sentence each, in the order of the form. */
export function planProblems(errors: FieldErrors<PlanFields>, items: PlanItemFields[]): string[] {
  const found: string[] = [];
  if (problemAt(errors, 'title')) found.push('Give the plan a title.');
  if (problemAt(errors, 'startsOn')) found.push('Choose the day the plan starts.');
  if (problemAt(errors, 'endsOn')) found.push('The end must be on or after the start.');
  if (problemAt(errors, 'notes')) found.push('The notes for the patient are too long.');
  items.forEach((item, n) => {
    for (const f of DOSE_FIELDS)
      if (problemAt(errors, `items.${n}.${f.key}`))
        found.push(`${item.name}: ${f.label.toLowerCase()} must be a whole number from ${f.min} to ${f.max}.`);
    if (problemAt(errors, `items.${n}.timesOfDay`)) found.push(`${item.name}: choose no more times of day than times a day.`);
    if (problemAt(errors, `items.${n}.notes`)) found.push(`${item.name}: the note is too long.`);
  });
  // A problem with the list as a whole (react-hook-form keeps it at `items.root`).
  const list = problemAt(errors, 'items.root');
  if (list)
    found.push(
      list.type === 'too_big'
        ? 'A plan holds at most 30 exercises.'
        : list.type === 'too_small'
          ? 'Add at least one exercise.'
          : 'An exercise is in the plan twice.',
    );
  return found.length || !Object.keys(errors).length ? found : ['Check the plan: something in it cannot be saved.'];
}
