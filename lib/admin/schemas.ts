import { z } from 'zod';
import { calendarDate } from '../calendar-date';
import { ianaZone } from '../accounts/schemas';

const isoDate = calendarDate('2026-11-26');
const optionalText = z
  .string()
  .trim()
  .max(120)
  .optional()
  .transform((s) => s || undefined);
const optionalId = z
  .string()
  .max(40)
  .optional()
  .transform((s) => s || undefined);
const page = z.coerce.number().int().min(1).max(10_000).default(1);

export const STATUSES = ['HELD', 'BOOKED', 'COMPLETED', 'NO_SHOW', 'CANCELLED'] as const;
export const MODALITIES = ['IN_CLINIC', 'VIRTUAL'] as const;

export const adminAppointmentsQuery = z.object({
  /** Local dates where each visit takes place (the clinic's zone, or the therapist's for video). */
  from: isoDate.optional().or(z.literal('').transform(() => undefined)),
  to: isoDate.optional().or(z.literal('').transform(() => undefined)),
  clinicId: optionalId,
  therapistId: optionalId,
  status: z
    .enum(STATUSES)
    .optional()
    .or(z.literal('').transform(() => undefined)),
  modality: z
    .enum(MODALITIES)
    .optional()
    .or(z.literal('').transform(() => undefined)),
  /** Part of the patient's name or email. */
  patient: optionalText,
  page,
});
export type AdminAppointmentsQuery = z.infer<typeof adminAppointmentsQuery>;

export const adminAppointmentOutput = z.object({
  id: z.string(),
  start: z.string(),
  end: z.string(),
  timezone: z.string(),
  status: z.enum(STATUSES),
  modality: z.enum(MODALITIES),
  visitTypeName: z.string(),
  clinic: z.object({ id: z.string(), name: z.string() }).nullable(),
  therapist: z.object({ id: z.string(), name: z.string() }),
  patient: z.object({ name: z.string(), email: z.string() }),
  payment: z
    .object({ status: z.string(), method: z.string(), amountCents: z.number(), refundedCents: z.number(), currency: z.string() })
    .nullable(),
  priceCents: z.number(),
  currency: z.string(),
  /** The visit note's state, null when none was started. */
  noteStatus: z.enum(['DRAFT', 'SIGNED']).nullable(),
});
export type AdminAppointment = z.infer<typeof adminAppointmentOutput>;

export const pageOutput = { total: z.number(), page: z.number(), pageSize: z.number() };

export const auditEventsQuery = z.object({
  /** Patient id, or part of the patient's name or email. */
  patient: optionalText,
  /** User id, or part of the actor's name or email. */
  actor: optionalText,
  /** An action (`patient.read`) or a prefix of one (`appointment.`). */
  action: z
    .string()
    .trim()
    .max(60)
    .regex(/^[a-z_.]*$/, 'must be an action like patient.read')
    .optional()
    .transform((s) => s || undefined),
  from: isoDate.optional().or(z.literal('').transform(() => undefined)),
  to: isoDate.optional().or(z.literal('').transform(() => undefined)),
  /** Zone the dates are days in (the viewer's); UTC when absent. */
  tz: ianaZone.optional().or(z.literal('').transform(() => undefined)),
  page,
});
export type AuditEventsQuery = z.infer<typeof auditEventsQuery>;

export const auditEventOutput = z.object({
  id: z.string(),
  at: z.string(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  actor: z.object({ id: z.string(), name: z.string(), email: z.string(), role: z.string() }).nullable(),
  patient: z.object({ id: z.string(), name: z.string() }).nullable(),
  ip: z.string().nullable(),
});
export type AuditEventView = z.infer<typeof auditEventOutput>;

export const PAGE_SIZE = 50;
