import { z } from 'zod';
import { calendarDate } from '../calendar-date';
import { ianaZone } from '../accounts/schemas';
import { usState } from '../licensure/state-schema';

const id = z.string().min(1).max(40);
export const isoInstant = z.iso
  .datetime({ offset: true, error: 'must be an ISO 8601 date-time with a zone, e.g. 2026-03-10T14:00:00Z' })
  .transform((s) => new Date(s));
const localDate = calendarDate();

export const slotsQuery = z.object({
  visitTypeId: id,
  from: isoInstant,
  to: isoInstant,
  therapistId: id.optional(),
  clinicId: id.optional(),
  /** Required for a video visit type: only therapists licensed in this state on the date are offered. */
  patientState: usState.optional(),
  /** `list` (default): one object per slot. `compact`: per local day in `zone`, minutes after midnight. */
  format: z.enum(['list', 'compact']).default('list'),
  /** The zone whose days a compact answer is grouped by (the viewer's); UTC when omitted. */
  zone: ianaZone.optional(),
});

/** GET /api/slots/days: the same filters, plus the zone whose calendar dates the days are. */
export const openDaysQuery = slotsQuery.omit({ format: true, zone: true }).extend({ timeZone: ianaZone });

export const openDaysOutput = z.object({
  timeZone: z.string(),
  /** Only dates with at least one open start, ascending; count = distinct starts that date. */
  days: z.array(z.object({ date: z.string(), count: z.number().int().positive() })),
  bookableUntil: z.string(),
});

export const slotOutput = z.object({
  start: z.string(),
  end: z.string(),
  therapistId: z.string(),
  clinicId: z.string().nullable(),
});

export const compactSlotsOutput = z.object({
  zone: z.string(),
  durationMinutes: z.number().int(),
  therapists: z.array(z.string()).describe('Therapist ids, referred to by index.'),
  clinics: z.array(z.string().nullable()).describe('Clinic ids (null: none), referred to by index.'),
  days: z.array(
    z.object({
      date: z.string().describe('Local date (YYYY-MM-DD) in `zone`.'),
      midnight: z.string().describe('The instant that date begins; a start is midnight + minutes.'),
      groups: z.array(
        z.object({
          therapist: z.number().int(),
          clinic: z.number().int(),
          minutes: z.array(z.number().int()).describe('Starts, in elapsed minutes after `midnight`, ascending.'),
        }),
      ),
    }),
  ),
});

export const slotsOutput = z.union([
  z.object({ slots: z.array(slotOutput) }).describe('format=list'),
  compactSlotsOutput.describe('format=compact: each slot lasts durationMinutes'),
]);

export const bookInput = z.object({
  visitTypeId: id,
  therapistId: id,
  start: isoInstant,
  /** Which clinic, for an in-clinic visit at a therapist who works at several. */
  clinicId: id.optional(),
  /** Required for a video visit: the US state the patient will be in during it (decision 024). */
  patientState: usState.optional(),
});

export const rescheduleInput = z.object({ start: isoInstant, patientState: usState.optional() });
export const cancelInput = z.object({ reason: z.string().trim().min(1, 'is required').max(500) });
export const statusInput = z.object({ status: z.enum(['COMPLETED', 'NO_SHOW']) });
export const idParams = z.object({ id });

export const listQuery = z.object({
  scope: z.enum(['upcoming', 'past', 'range']).default('upcoming'),
  from: isoInstant.optional(),
  to: isoInstant.optional(),
  therapistId: id.optional(),
  clinicId: id.optional(),
  status: z.enum(['HELD', 'BOOKED', 'COMPLETED', 'NO_SHOW', 'CANCELLED']).optional(),
});

export const seriesInput = z.object({
  visitTypeId: id,
  therapistId: id,
  /** Required when a therapist or admin books for a patient; a patient books for themselves. */
  patientId: id.optional(),
  clinicId: id.optional(),
  patientState: usState.optional(),
  startDate: localDate,
  weekdays: z.array(z.number().int().min(1).max(7)).min(1).max(7),
  /** Local time in the therapist's zone, e.g. "10:00". */
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time like 10:00'),
  weeks: z.number().int().min(1).max(26),
});

export const appointmentOutput = z.object({
  id: z.string(),
  status: z.enum(['HELD', 'BOOKED', 'COMPLETED', 'NO_SHOW', 'CANCELLED']),
  start: z.string(),
  end: z.string(),
  modality: z.enum(['IN_CLINIC', 'VIRTUAL']),
  holdExpiresAt: z.string().nullable(),
  priceCents: z.number(),
  currency: z.string(),
  seriesId: z.string().nullable(),
  cancelReason: z.string().nullable(),
  visitType: z.object({ id: z.string(), name: z.string(), durationMinutes: z.number(), freeCancellationHours: z.number() }),
  therapist: z.object({ id: z.string(), name: z.string(), timezone: z.string() }),
  patient: z.object({ id: z.string(), name: z.string() }),
  clinic: z
    .object({
      id: z.string(),
      name: z.string(),
      addressLine1: z.string(),
      city: z.string(),
      state: z.string(),
      zip: z.string(),
      timezone: z.string(),
    })
    .nullable(),
  /** Video visits: the state the patient said they will be in (the therapist is licensed there). */
  patientState: z.string().nullable(),
});
export type AppointmentView = z.infer<typeof appointmentOutput>;
