import { z } from 'zod';

const int = (min: number, max: number) =>
  z.number().int('must be a whole number').min(min, `must be at least ${min}`).max(max, `must be at most ${max}`);

const fields = {
  name: z.string().trim().min(1, 'is required').max(120),
  description: z.string().trim().max(2000),
  durationMinutes: int(5, 240),
  /** Integer cents (the admin UI takes dollars and converts). */
  priceCents: int(0, 10_000_000),
  currency: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z]{3}$/, 'must be a three-letter currency code such as usd'),
  modality: z.enum(['IN_CLINIC', 'VIRTUAL']),
  bufferBeforeMinutes: int(0, 240),
  bufferAfterMinutes: int(0, 240),
  minNoticeMinutes: int(0, 60 * 24 * 60),
  horizonDays: int(1, 730),
  slotStepMinutes: int(5, 240),
  patientMayBookSeries: z.boolean(),
  freeCancellationHours: int(0, 24 * 60),
  lateCancellationFeeCents: int(0, 10_000_000),
  active: z.boolean(),
};

const feeWithinPrice = (v: { priceCents?: number; lateCancellationFeeCents?: number }) =>
  v.priceCents === undefined || v.lateCancellationFeeCents === undefined || v.lateCancellationFeeCents <= v.priceCents;
const FEE_ISSUE = { message: 'must not be more than the price', path: ['lateCancellationFeeCents'] };

export const createVisitTypeInput = z
  .object({
    /** null = offered network-wide (network admins only). */
    practiceId: z.string().min(1).max(40).nullable(),
    slug: z
      .string()
      .trim()
      .toLowerCase()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case letters, digits and dashes')
      .max(80)
      .optional(),
    ...fields,
    description: fields.description.default(''),
    currency: fields.currency.default('usd'),
    bufferBeforeMinutes: fields.bufferBeforeMinutes.default(0),
    bufferAfterMinutes: fields.bufferAfterMinutes.default(0),
    minNoticeMinutes: fields.minNoticeMinutes.default(720),
    horizonDays: fields.horizonDays.default(90),
    slotStepMinutes: fields.slotStepMinutes.default(15),
    patientMayBookSeries: fields.patientMayBookSeries.default(false),
    freeCancellationHours: fields.freeCancellationHours.default(24),
    lateCancellationFeeCents: fields.lateCancellationFeeCents.default(0),
    active: fields.active.default(true),
  })
  .refine(feeWithinPrice, FEE_ISSUE);
export type CreateVisitTypeInput = z.infer<typeof createVisitTypeInput>;

export const updateVisitTypeInput = z
  .object(fields)
  .partial()
  .strict()
  .refine((v) => Object.keys(v).length > 0, 'must change at least one field')
  .refine(feeWithinPrice, FEE_ISSUE);
export type UpdateVisitTypeInput = z.infer<typeof updateVisitTypeInput>;

export const visitTypeIdParams = z.object({ id: z.string().min(1).max(40) });

export const adminVisitTypeOutput = z.object({
  id: z.string(),
  slug: z.string(),
  name: z.string(),
  description: z.string(),
  practice: z.object({ id: z.string(), name: z.string() }).nullable(),
  durationMinutes: z.number(),
  priceCents: z.number(),
  currency: z.string(),
  modality: z.enum(['IN_CLINIC', 'VIRTUAL']),
  bufferBeforeMinutes: z.number(),
  bufferAfterMinutes: z.number(),
  minNoticeMinutes: z.number(),
  horizonDays: z.number(),
  slotStepMinutes: z.number(),
  patientMayBookSeries: z.boolean(),
  freeCancellationHours: z.number(),
  lateCancellationFeeCents: z.number(),
  active: z.boolean(),
});
export type AdminVisitType = z.infer<typeof adminVisitTypeOutput>;
