import { z } from 'zod';
import { ianaZone } from '../accounts/schemas';
import { SERVICE_SLUGS } from './services';

const text = (max: number) => z.string().trim().min(1, 'is required').max(max);

/** What a clinic's URL name may be (also what a clinic page's address is checked against). */
export const CLINIC_SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const CLINIC_SLUG_MAX = 80;

const clinicFields = {
  name: text(120),
  /** URL name; made from the name when left out. */
  slug: z.string().trim().toLowerCase().regex(CLINIC_SLUG, 'must be lower-case letters, digits and dashes').max(CLINIC_SLUG_MAX),
  addressLine1: text(200),
  addressLine2: z.string().trim().max(200).nullable(),
  city: text(100),
  state: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, 'must be a two-letter state code'),
  zip: z
    .string()
    .trim()
    .regex(/^\d{5}$/, 'must be 5 digits'),
  latitude: z.number().min(-90, 'must be between -90 and 90').max(90, 'must be between -90 and 90'),
  longitude: z.number().min(-180, 'must be between -180 and 180').max(180, 'must be between -180 and 180'),
  timezone: ianaZone,
  phone: z
    .string()
    .trim()
    .regex(/^[+()\d\s.-]{7,20}$/, 'must be a phone number'),
  hours: text(200),
  /** Services offered in person; no repeats. */
  services: z
    .array(z.enum(SERVICE_SLUGS))
    .max(SERVICE_SLUGS.length)
    .refine((v) => new Set(v).size === v.length, 'lists a service twice'),
};

export const createClinicInput = z.object({
  practiceId: z.string().min(1).max(40),
  ...clinicFields,
  slug: clinicFields.slug.optional(),
  addressLine2: clinicFields.addressLine2.default(null),
  services: clinicFields.services.default([]),
});
export type CreateClinicInput = z.infer<typeof createClinicInput>;

export const updateClinicInput = z
  .object(clinicFields)
  .partial()
  .strict()
  .refine((v) => Object.keys(v).length > 0, 'must change at least one field');
export type UpdateClinicInput = z.infer<typeof updateClinicInput>;

export const clinicIdParams = z.object({ id: z.string().min(1).max(40) });

export const adminClinicOutput = z.object({
  id: z.string(),
  slug: z.string(),
  name: z.string(),
  practice: z.object({ id: z.string(), name: z.string() }),
  addressLine1: z.string(),
  addressLine2: z.string().nullable(),
  city: z.string(),
  state: z.string(),
  zip: z.string(),
  latitude: z.number(),
  longitude: z.number(),
  timezone: z.string(),
  phone: z.string(),
  hours: z.string(),
  services: z.array(z.string()),
  active: z.boolean(),
  closedAt: z
    .date()
    .nullable()
    .transform((d) => d?.toISOString() ?? null)
    .pipe(z.iso.datetime().nullable()),
});
export type AdminClinic = z.input<typeof adminClinicOutput>;

export const closeClinicOutput = adminClinicOutput.extend({
  /** Therapists who had this as their home clinic: it is cleared, give each a new one. */
  homeClinicCleared: z.array(z.object({ id: z.string(), name: z.string() })),
});

/** A URL name made from a clinic's name, always one CLINIC_SLUG accepts ("Acme™ PT" → "acmetm-pt"). */
export const slugFrom = (name: string) =>
  name
    .normalize('NFKD') // before lower-casing: "™" and "ℌ" decompose to capitals
    .toLowerCase()
    .replace(/[^\w\s-]/g, '')
    .replace(/[\s_-]+/g, '-')
    .slice(0, 60) // before trimming dashes: a cut at a space must not leave one at the end
    .replace(/^-+|-+$/g, '') || 'clinic';
