import { z } from 'zod';
import { calendarDate } from '../calendar-date';
import { usState } from './state-schema';

const id = z.string().min(1).max(40);

export const licenseParams = z.object({ id });
export const licenseItemParams = z.object({ id, licenseId: id });

/** How far from today an expiry may be: a state license runs one to three years, so a date
 * decades away (or long past) is a typing error, not a license. */
export const EXPIRY_YEARS = 10;

/** Whether `date` (YYYY-MM-DD) is within EXPIRY_YEARS of `today` either way. Pure. */
export function isPlausibleExpiry(date: string, today = new Date()): boolean {
  const year = today.getUTCFullYear();
  const iso = today.toISOString().slice(5, 10);
  return date >= `${year - EXPIRY_YEARS}-${iso}` && date <= `${year + EXPIRY_YEARS}-${iso}`;
}

const licenseFields = {
  state: usState,
  number: z
    .string()
    .trim()
    .min(1, 'is required')
    .max(40)
    .regex(/^[A-Za-z0-9][A-Za-z0-9 ./-]*$/, 'may hold letters, digits, spaces and . / -'),
  /** LICENSE: issued by the state. COMPACT_PRIVILEGE: a PT Compact privilege to practise there. */
  kind: z.enum(['LICENSE', 'COMPACT_PRIVILEGE']),
  /** The last date it is valid (inclusive), within 10 years of today either way. */
  expiresOn: calendarDate('2027-03-31').refine((d) => isPlausibleExpiry(d), `must be within ${EXPIRY_YEARS} years of today`),
};

export const licenseInput = z.object(licenseFields).strict();
export type LicenseInput = z.infer<typeof licenseInput>;

/** An edit: any of the fields; a state and kind the therapist already holds is 409 LICENSE_EXISTS. */
export const licenseUpdateInput = z
  .object(licenseFields)
  .partial()
  .strict()
  .refine((v) => Object.keys(v).length > 0, 'must change at least one field');
export type LicenseUpdateInput = z.infer<typeof licenseUpdateInput>;

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
