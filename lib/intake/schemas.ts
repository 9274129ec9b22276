import { z } from 'zod';
import { AGGRAVATORS, DURATIONS, PAIN_AREAS, keysOf } from './intake-options';
import { RED_FLAG_KEYS, type RedFlag } from './red-flags';

const text = (max: number) => z.string().trim().min(1, 'is required').max(max, `must be at most ${max} characters`);
const odiSection = z.number().int().min(0, 'each section is scored 0–5').max(5, 'each section is scored 0–5').nullable();

const redFlagAnswers = z.object(
  Object.fromEntries(
    RED_FLAG_KEYS.map((key) => [key, z.boolean({ error: 'answer yes or no to every warning-sign question' })]),
  ) as Record<RedFlag, z.ZodBoolean>,
);

export const intakeInput = z
  .object({
    reason: text(2000),
    painAreas: z
      .array(z.enum(keysOf(PAIN_AREAS)))
      .min(1, 'choose at least one place')
      .max(PAIN_AREAS.length),
    duration: z.enum(keysOf(DURATIONS)),
    aggravators: z
      .array(z.enum(keysOf(AGGRAVATORS)))
      .max(AGGRAVATORS.length)
      .default([]),
    goals: text(2000),
    /** Every warning-sign question answered yes (true) or no (false). */
    redFlags: redFlagAnswers,
    baselinePain: z.number().int().min(0, 'is 0–10').max(10, 'is 0–10'),
    /** The Oswestry questionnaire, optional: ten section scores 0–5 (null = skipped). */
    oswestryAnswers: z.array(odiSection).length(10, 'has ten sections').nullable().optional(),
  })
  .strict();
export type IntakeInput = z.infer<typeof intakeInput>;

export const intakeOutput = z.object({
  id: z.string(),
  createdAt: z.string(),
  reason: z.string(),
  painAreas: z.array(z.string()),
  duration: z.string(),
  aggravators: z.array(z.string()),
  goals: z.string(),
  redFlags: z.array(z.string()),
  urgent: z.boolean(),
  suggestedModality: z.enum(['IN_CLINIC', 'VIRTUAL']).nullable(),
  suggestionReasons: z.array(z.string()),
  baselinePain: z.number().nullable(),
  oswestryAnswers: z.array(z.number().nullable()).nullable(),
  oswestryScore: z.number().nullable(),
});
export type IntakeView = z.infer<typeof intakeOutput>;
