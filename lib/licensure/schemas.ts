import { z } from 'zod';
import { calendarDate } from '../calendar-date';
import { usState } from './state-schema';

const id = z.string().min(1).max(40);

export const licenseParams = z.object({ id });
export const licenseItemParams = z.object({ id, licenseId: id });

export const licenseInput = z
  .object({
    state: usState,
    number: z
      .string()
      .trim()
      .min(1, 'is required')
      .max(40)
      .regex(/^[A-Za-z0-9][A-Za-z0-9 ./-]*$/, 'may hold letters, digits, spaces and . / -'),
    /** LICENSE: issued by the state. COMPACT_PRIVILEGE: a PT Compact privilege to practise there. */
    kind: z.enum(['LICENSE', 'COMPACT_PRIVILEGE']),
    /** The last date it is valid (inclusive). */
    expiresOn: calendarDate('2027-03-31'),
  })
  .strict();
export type LicenseInput = z.infer<typeof licenseInput>;

export const licenseOutput = z.object({
  id: z.string(),
  state: z.string(),
  stateName: z.string(),
  number: z.string(),
  kind: z.enum(['LICENSE', 'COMPACT_PRIVILEGE']),
  expiresOn: z.string(),
});

/** A booked video visit that the therapist's licenses do not cover on its date (e.g. one expires first). */
export const uncoveredVisitOutput = z.object({
  appointmentId: z.string(),
  start: z.string(),
  patientState: z.string().nullable(),
  therapistId: z.string(),
  therapistName: z.string(),
});

export const therapistLicensesOutput = z.object({
  licenses: z.array(licenseOutput),
  uncoveredVisits: z.array(uncoveredVisitOutput),
});
