// What the exercise library accepts and answers.
import { z } from 'zod';
import { CATEGORIES, CONDITIONS, REGIONS } from './labels';

const id = z.string().min(1).max(40);
const text = (max: number) => z.string().trim().min(1, 'is required').max(max);

export const exerciseIdParams = z.object({ id });

/** Dosage fields shared by exercises (defaults), plan items and template items. */
export const dosageFields = {
  sets: z.number().int().min(1).max(20),
  reps: z.number().int().min(1).max(100).nullable(),
  holdSeconds: z.number().int().min(1).max(600).nullable(),
  minutes: z.number().int().min(1).max(180).nullable(),
  timesPerDay: z.number().int().min(1).max(10),
  daysPerWeek: z.number().int().min(1).max(7),
};
export const dosageInput = z.object(dosageFields);

export const exerciseInput = z.object({
  name: text(120),
  purpose: text(500),
  steps: z.array(text(500)).min(1).max(12),
  cautions: z.string().trim().max(1000).default(''),
  region: z.enum(REGIONS),
  category: z.enum(CATEGORIES),
  conditions: z.array(z.enum(CONDITIONS)).max(CONDITIONS.length).default([]),
  illustration: z.string().regex(/^[a-z0-9-]+\.svg$/, 'must be one of the library illustrations, e.g. bird-dog.svg'),
  defaultDosage: dosageInput,
});

export const exerciseUpdateInput = exerciseInput
  .partial()
  .extend({ active: z.boolean().optional() })
  .refine((v) => Object.keys(v).length > 0, 'send at least one field to change');

export const exerciseQuery = z.object({
  q: z.string().trim().max(100).optional(),
  condition: z.enum(CONDITIONS).optional(),
  region: z.enum(REGIONS).optional(),
  category: z.enum(CATEGORIES).optional(),
  /** Include archived exercises (to restore one). */
  archived: z.enum(['true', 'false']).optional(),
});

export const exerciseOutput = z.object({
  id: z.string(),
  slug: z.string(),
  name: z.string(),
  purpose: z.string(),
  steps: z.array(z.string()),
  cautions: z.string(),
  region: z.enum(REGIONS),
  category: z.enum(CATEGORIES),
  conditions: z.array(z.enum(CONDITIONS)),
  illustration: z.string(),
  illustrationUrl: z.string(),
  defaultDosage: dosageInput,
  active: z.boolean(),
  /** null = the network's starter library. */
  practiceId: z.string().nullable(),
  editable: z.boolean(),
});

export type ExerciseInput = z.infer<typeof exerciseInput>;
export type ExerciseUpdate = z.infer<typeof exerciseUpdateInput>;
export type ExerciseQuery = z.infer<typeof exerciseQuery>;
export type ExerciseView = z.infer<typeof exerciseOutput>;
