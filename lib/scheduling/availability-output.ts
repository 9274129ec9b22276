import { z } from 'zod';

// Piped into the string they become, so the OpenAPI document shows a date/date-time, not an empty schema.
const day = z
  .date()
  .transform((d) => d.toISOString().slice(0, 10))
  .pipe(z.iso.date());
const instant = z
  .date()
  .transform((d) => d.toISOString())
  .pipe(z.iso.datetime());

export const availabilityOutput = z.object({
  timezone: z.string(),
  rules: z.array(
    z.object({
      id: z.string(),
      weekday: z.number(),
      startMinute: z.number(),
      endMinute: z.number(),
      timezone: z.string(),
      modality: z.string(),
      clinicId: z.string().nullable(),
      validFrom: day,
      validUntil: day.nullable(),
    }),
  ),
  overrides: z.array(
    z.object({
      id: z.string(),
      date: day,
      startMinute: z.number().nullable(),
      endMinute: z.number().nullable(),
      modality: z.string().nullable(),
      clinicId: z.string().nullable(),
    }),
  ),
  timeOff: z.array(z.object({ id: z.string(), startsAt: instant, endsAt: instant, reason: z.string() })),
});

/** A booked (or held) visit that a change leaves outside the therapist's hours. */
export const orphanOutput = z.object({
  id: z.string(),
  status: z.string(),
  start: z.string(),
  end: z.string(),
  modality: z.string(),
  patient: z.object({ id: z.string(), name: z.string() }),
  visitType: z.object({ id: z.string(), name: z.string() }),
  clinic: z.object({ id: z.string(), name: z.string() }).nullable(),
});

/** After a save: the hours, and the visits still booked outside them (saved with confirmOrphans). */
export const availabilitySavedOutput = availabilityOutput.extend({ orphans: z.array(orphanOutput) });

export const previewOutput = z.object({
  timezone: z.string(),
  visitType: z.object({ id: z.string(), name: z.string(), modality: z.string(), durationMinutes: z.number() }).nullable(),
  from: z.string(),
  to: z.string(),
  slots: z.array(z.object({ start: z.string(), end: z.string(), clinicId: z.string().nullable() })),
  orphans: z.array(orphanOutput),
});
