import { z } from 'zod';
import { SERVICE_SLUGS } from './services';

export const clinicsQuery = z.object({
  zip: z
    .string()
    .trim()
    .regex(/^\d{5}(-\d{4})?$/, 'must be a 5-digit US ZIP code'),
  /** Straight-line miles from the ZIP centroid; 50 unless given (3,000 covers the contiguous US). */
  radiusMiles: z.coerce.number().positive().max(3000).optional(),
  /** Only clinics offering this service (a slug from lib/clinics/services.ts). */
  service: z.enum(SERVICE_SLUGS).optional(),
});

const earliestSlotOutput = z.object({
  start: z.string(),
  end: z.string(),
  therapistId: z.string(),
  visitTypeId: z.string(),
  therapistName: z.string().nullable(),
});

const firstVisitTypeOutput = z.object({
  id: z.string(),
  name: z.string(),
  durationMinutes: z.number(),
  modality: z.enum(['IN_CLINIC', 'VIRTUAL']),
});

/** One clinic on the locator (and, without distance and times, in the directory it is built from). */
export const clinicCardOutput = z.object({
  id: z.string(),
  slug: z.string(),
  name: z.string(),
  practiceName: z.string(),
  addressLine1: z.string(),
  addressLine2: z.string().nullable(),
  city: z.string(),
  state: z.string(),
  zip: z.string(),
  latitude: z.number(),
  longitude: z.number(),
  phone: z.string(),
  hours: z.string(),
  timezone: z.string(),
  distanceMiles: z.number(),
  services: z.array(z.enum(SERVICE_SLUGS)),
  therapists: z.array(z.object({ id: z.string(), name: z.string(), credentials: z.string(), specialties: z.array(z.string()) })),
  earliestSlot: earliestSlotOutput.nullable(),
  /** Has an open first visit in the next 30 days (clinics without one are listed after). */
  bookable: z.boolean(),
});

export const nearbyClinicsOutput = z.object({
  origin: z.object({ zip: z.string(), city: z.string(), state: z.string() }),
  radiusMiles: z.number(),
  evaluationVisitType: firstVisitTypeOutput.nullable(),
  clinics: z.array(clinicCardOutput),
  /** patientState: the ZIP's state; the earliest time is with a therapist licensed there. */
  virtualVisit: z
    .object({ visitType: firstVisitTypeOutput, patientState: z.string().nullable(), earliestSlot: earliestSlotOutput.nullable() })
    .nullable(),
});
