import { z } from 'zod';

export const clinicsQuery = z.object({
  zip: z.string().trim().regex(/^\d{5}(-\d{4})?$/, 'must be a 5-digit US ZIP code'),
  radiusMiles: z.coerce.number().positive().max(500).optional(),
});

const earliestSlotOutput = z.object({
  start: z.string(), end: z.string(), therapistId: z.string(), visitTypeId: z.string(), therapistName: z.string().nullable(),
});

const firstVisitTypeOutput = z.object({
  id: z.string(), name: z.string(), durationMinutes: z.number(), modality: z.enum(['IN_CLINIC', 'VIRTUAL']),
});

export const nearbyClinicsOutput = z.object({
  origin: z.object({ zip: z.string(), city: z.string(), state: z.string() }),
  evaluationVisitType: firstVisitTypeOutput.nullable(),
  clinics: z.array(z.object({
    id: z.string(), slug: z.string(), name: z.string(), practiceName: z.string(),
    addressLine1: z.string(), addressLine2: z.string().nullable(), city: z.string(), state: z.string(), zip: z.string(),
    latitude: z.number(), longitude: z.number(), phone: z.string(), hours: z.string(), timezone: z.string(),
    distanceMiles: z.number(),
    therapists: z.array(z.object({ id: z.string(), name: z.string(), credentials: z.string(), specialties: z.array(z.string()) })),
    earliestSlot: earliestSlotOutput.nullable(),
  })),
  virtualVisit: z.object({ visitType: firstVisitTypeOutput, earliestSlot: earliestSlotOutput.nullable() }).nullable(),
});
