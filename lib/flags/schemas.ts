import { z } from 'zod';

export const flagKindEnum = z.enum(['ODI_WORSE', 'PAIN_WORSE', 'LOW_ADHERENCE', 'HIGH_PAIN', 'NIGHT_PAIN_WORSE']);

export const FLAG_LABEL = {
  ODI_WORSE: 'Disability (ODI) worse',
  PAIN_WORSE: 'Pain rating worse',
  LOW_ADHERENCE: 'Low adherence',
  HIGH_PAIN: 'High pain logged',
  NIGHT_PAIN_WORSE: 'Night pain worse',
} as const;

export const flagOutput = z.object({
  id: z.string(),
  kind: flagKindEnum,
  label: z.string(),
  detail: z.string(),
  raisedAt: z.string(),
  acknowledgedAt: z.string().nullable(),
  patient: z.object({ id: z.string(), name: z.string() }),
  planId: z.string(),
});
export type FlagView = z.infer<typeof flagOutput>;
