import { z } from 'zod';

const id = z.string().min(1).max(40);
const section = z.number().int().min(0, 'each section is scored 0–5').max(5, 'each section is scored 0–5').nullable();

export const submitScoreInput = z.discriminatedUnion('instrument', [
  z.object({ planId: id, instrument: z.literal('ODI'), answers: z.array(section).length(10, 'has ten sections') }),
  z.object({ planId: id, instrument: z.literal('NPRS'), rating: z.number().int().min(0, 'is 0–10').max(10, 'is 0–10') }),
]);
export type SubmitScoreInput = z.infer<typeof submitScoreInput>;

export const instrumentEnum = z.enum(['ODI', 'NPRS']);
export const timepointEnum = z.enum(['INTAKE', 'FOLLOW_UP', 'DISCHARGE']);

export const scoreOutput = z.object({
  id: z.string(),
  instrument: instrumentEnum,
  timepoint: timepointEnum,
  /** ODI: percent (0–100); NPRS: 0–10. */
  score: z.number(),
  bandLabel: z.string(),
  takenOn: z.string(),
  /** ODI section scores (null = skipped). */
  answers: z.array(z.number().nullable()).nullable(),
});
export type ScoreView = z.infer<typeof scoreOutput>;

export const dueOutput = z.object({ instrument: instrumentEnum, timepoint: timepointEnum, dueOn: z.string() });
export type DueView = z.infer<typeof dueOutput>;
