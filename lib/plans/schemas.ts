// What the plan, log and dashboard endpoints accept and answer.
import { z } from 'zod';
import { calendarDate } from '../calendar-date';
import { CATEGORIES, REGIONS } from '../exercises/labels';
import { dosageFields, dosageInput } from '../exercises/schemas';

const id = z.string().min(1).max(40);
export const localDate = calendarDate();

export const idParams = z.object({ id });

/** Times in the patient's day, in their zone, in day order. */
export const TIMES_OF_DAY = ['MORNING', 'MIDDAY', 'EVENING', 'BEFORE_BED'] as const;
export const timeOfDay = z.enum(TIMES_OF_DAY);
export type TimeOfDayValue = z.infer<typeof timeOfDay>;
const timesOfDay = z
  .array(timeOfDay)
  .max(TIMES_OF_DAY.length)
  .refine((v) => new Set(v).size === v.length, 'lists a time of day twice')
  .default([]);

export const planItemInput = z.object({
  exerciseId: id,
  ...dosageFields,
  notes: z.string().trim().max(500).default(''),
  /** Empty = any time of day. */
  timesOfDay,
});

const planContentFields = {
  title: z.string().trim().min(1, 'is required').max(120),
  startsOn: localDate,
  endsOn: localDate.nullable().default(null),
  notes: z.string().trim().max(2000).default(''),
  items: z.array(planItemInput).min(1, 'add at least one exercise').max(30),
};

type PlanContent = {
  startsOn: string;
  endsOn: string | null;
  items: { exerciseId: string; timesPerDay: number; timesOfDay: string[] }[];
};
const checkContent = (v: PlanContent, ctx: z.RefinementCtx) => {
  if (v.endsOn !== null && v.endsOn < v.startsOn)
    ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'must be on or after the start' });
  const ids = v.items.map((i) => i.exerciseId);
  if (new Set(ids).size !== ids.length) ctx.addIssue({ code: 'custom', path: ['items'], message: 'lists an exercise twice' });
  v.items.forEach((i, n) => {
    if (i.timesOfDay.length > i.timesPerDay)
      ctx.addIssue({ code: 'custom', path: ['items', n, 'timesOfDay'], message: 'has more times of day than times a day' });
  });
};

export const createPlanInput = z.object(planContentFields).superRefine(checkContent);
export const revisePlanInput = z
  .object({
    ...planContentFields,
    /** The version the edit started from; a newer one meanwhile answers 409 PLAN_CHANGED. */
    basedOnVersion: z.number().int().min(1),
  })
  .superRefine(checkContent);

export type PlanContentInput = z.infer<typeof createPlanInput>;
export type RevisePlanInput = z.infer<typeof revisePlanInput>;

export const planItemOutput = z.object({
  exerciseId: z.string(),
  position: z.number(),
  name: z.string(),
  purpose: z.string(),
  steps: z.array(z.string()),
  cautions: z.string(),
  region: z.enum(REGIONS),
  category: z.enum(CATEGORIES),
  illustrationUrl: z.string(),
  dosage: dosageInput,
  dosageText: z.string(),
  notes: z.string(),
  timesOfDay: z.array(timeOfDay),
});

export const planVersionOutput = z.object({
  version: z.number(),
  startsOn: z.string(),
  endsOn: z.string().nullable(),
  effectiveFrom: z.string(),
  notes: z.string(),
  createdAt: z.string(),
  createdBy: z.string().nullable(),
  items: z.array(planItemOutput),
});

export const planOutput = z.object({
  id: z.string(),
  title: z.string(),
  patient: z.object({ id: z.string(), name: z.string() }),
  therapist: z.object({ id: z.string(), name: z.string() }),
  endedAt: z.string().nullable(),
  createdAt: z.string(),
  current: planVersionOutput,
  /** Earlier versions, newest first. */
  history: z.array(planVersionOutput),
});

export type PlanView = z.infer<typeof planOutput>;
export type PlanVersionView = z.infer<typeof planVersionOutput>;
export type PlanItemView = z.infer<typeof planItemOutput>;

export const planSummaryOutput = z.object({
  id: z.string(),
  title: z.string(),
  version: z.number(),
  startsOn: z.string(),
  endsOn: z.string().nullable(),
  endedAt: z.string().nullable(),
  therapist: z.object({ id: z.string(), name: z.string() }),
  exerciseCount: z.number(),
});

export const logInput = z.object({
  planId: id,
  exerciseId: id,
  setsDone: z.number().int().min(0).max(20),
  repsDone: z.number().int().min(0).max(500).nullable().default(null),
  pain: z.number().int().min(0, 'pain is rated 0–10').max(10, 'pain is rated 0–10'),
  difficulty: z.enum(['EASY', 'ABOUT_RIGHT', 'TOO_HARD']),
  comment: z.string().trim().max(1000).nullable().default(null),
  /** Which of the item's times of day this session is for; 422 TIME_OF_DAY_NOT_IN_PLAN otherwise. */
  timeOfDay: timeOfDay.nullable().default(null),
});
export type LogInput = z.infer<typeof logInput>;

export const logOutput = z.object({
  id: z.string(),
  planId: z.string(),
  exerciseId: z.string(),
  performedOn: z.string(),
  loggedAt: z.string(),
  setsDone: z.number(),
  repsDone: z.number().nullable(),
  pain: z.number(),
  difficulty: z.enum(['EASY', 'ABOUT_RIGHT', 'TOO_HARD']),
  comment: z.string().nullable(),
  timeOfDay: timeOfDay.nullable(),
  /** Sessions of this exercise logged today, this one included. */
  doneToday: z.number(),
});

export const templateItemOutput = planItemOutput.pick({
  exerciseId: true,
  position: true,
  name: true,
  dosage: true,
  dosageText: true,
  notes: true,
  timesOfDay: true,
});
export const templateOutput = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  /** shared: the starter templates; practice: the practice's; mine: the caller's own. */
  kind: z.enum(['shared', 'practice', 'mine']),
  items: z.array(templateItemOutput),
});
export type TemplateView = z.infer<typeof templateOutput>;

export const saveTemplateInput = z
  .object({
    name: z.string().trim().min(1, 'is required').max(120),
    description: z.string().trim().max(1000).default(''),
    items: z.array(planItemInput).min(1).max(30),
  })
  .superRefine((v, ctx) => {
    const ids = v.items.map((i) => i.exerciseId);
    if (new Set(ids).size !== ids.length) ctx.addIssue({ code: 'custom', path: ['items'], message: 'lists an exercise twice' });
  });
export type SaveTemplateInput = z.infer<typeof saveTemplateInput>;
