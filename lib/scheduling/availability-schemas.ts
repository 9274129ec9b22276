import { z } from 'zod';

const minute = z.number().int().min(0).max(1440);
const localDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2026-03-10');
const modality = z.enum(['IN_CLINIC', 'VIRTUAL']);

const ordered = (r: { startMinute: number; endMinute: number }) => r.startMinute < r.endMinute;
const orderMessage = { message: 'startMinute must be before endMinute', path: ['endMinute'] };

export const weeklyRuleInput = z.object({
  weekday: z.number().int().min(1).max(7),
  startMinute: minute,
  endMinute: minute,
  modality,
  clinicId: z.string().min(1).max(40).nullable().default(null),
  validFrom: localDate,
  validUntil: localDate.nullable().default(null),
}).refine(ordered, orderMessage);

export const replaceRulesInput = z.object({ rules: z.array(weeklyRuleInput).max(100) });

export const overrideInput = z.object({
  date: localDate,
  /** Empty = closed that date. Otherwise these ranges replace the weekly hours on that date. */
  ranges: z.array(z.object({
    startMinute: minute, endMinute: minute, modality, clinicId: z.string().min(1).max(40).nullable().default(null),
  }).refine(ordered, orderMessage)).max(10),
});

export const timeOffInput = z.object({
  startsAt: z.iso.datetime({ offset: true }).transform((s) => new Date(s)),
  endsAt: z.iso.datetime({ offset: true }).transform((s) => new Date(s)),
  reason: z.string().trim().max(200).default(''),
}).refine((t) => t.startsAt < t.endsAt, { message: 'endsAt must be after startsAt', path: ['endsAt'] });

export type WeeklyRuleInput = z.infer<typeof weeklyRuleInput>;
