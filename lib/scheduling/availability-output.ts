import { z } from 'zod';

const day = z.date().transform((d) => d.toISOString().slice(0, 10));
const instant = z.date().transform((d) => d.toISOString());

export const availabilityOutput = z.object({
  timezone: z.string(),
  rules: z.array(z.object({
    id: z.string(), weekday: z.number(), startMinute: z.number(), endMinute: z.number(), timezone: z.string(),
    modality: z.string(), clinicId: z.string().nullable(), validFrom: day, validUntil: day.nullable(),
  })),
  overrides: z.array(z.object({
    id: z.string(), date: day, startMinute: z.number().nullable(), endMinute: z.number().nullable(),
    modality: z.string().nullable(), clinicId: z.string().nullable(),
  })),
  timeOff: z.array(z.object({ id: z.string(), startsAt: instant, endsAt: instant, reason: z.string() })),
});
