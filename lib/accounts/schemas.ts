import { z } from 'zod';
import { calendarDate } from '../calendar-date';
import { ROLES } from '../auth/roles';

export const email = z.string().trim().toLowerCase().pipe(z.email('must be an email address')).pipe(z.string().max(254));
export const password = z.string().min(10, 'must be at least 10 characters').max(200, 'must be at most 200 characters');
export const personName = z.string().trim().min(1, 'is required').max(120);
const isoDate = calendarDate('1980-04-30');
export const ianaZone = z.string().refine((tz) => {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}, 'must be an IANA time zone such as America/New_York');

export const signUpInput = z.object({
  name: personName,
  email,
  password,
  dateOfBirth: isoDate,
  phone: z
    .string()
    .trim()
    .regex(/^[+()\d\s.-]{7,20}$/, 'must be a phone number')
    .optional(),
  preferredClinicId: z.string().min(1).max(40).optional(),
  /** The browser's IANA zone; emails and invitations show times in it. */
  timezone: ianaZone.optional(),
});
export type SignUpInput = z.infer<typeof signUpInput>;

export const profileOutput = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  practice: z.object({ id: z.string(), name: z.string() }).nullable(),
  patient: z
    .object({
      dateOfBirth: z.string(),
      timezone: z.string(),
      phone: z.string().nullable(),
      preferredClinic: z.object({ id: z.string(), name: z.string() }).nullable(),
    })
    .nullable(),
  therapist: z
    .object({
      credentials: z.string(),
      timezone: z.string(),
      offersVirtual: z.boolean(),
      practice: z.object({ id: z.string(), name: z.string() }),
      clinic: z.object({ id: z.string(), name: z.string() }).nullable(),
    })
    .nullable(),
});
export type Profile = z.infer<typeof profileOutput>;

export const createStaffInput = z.discriminatedUnion('role', [
  z.object({
    role: z.literal('THERAPIST'),
    name: personName,
    email,
    practiceId: z.string().min(1).max(40),
    clinicId: z.string().min(1).max(40).nullable().default(null),
    timezone: ianaZone,
    offersVirtual: z.boolean().default(false),
    credentials: z.string().trim().min(1).max(60).default('PT, DPT'),
  }),
  z.object({
    role: z.literal('ADMIN'),
    name: personName,
    email,
    /** null = network-wide admin (only a network-wide admin may create one). */
    practiceId: z.string().min(1).max(40).nullable(),
  }),
]);
export type CreateStaffInput = z.infer<typeof createStaffInput>;

export const staffOutput = z.object({ id: z.string(), email: z.string(), name: z.string(), role: z.enum(ROLES) });

/** The token from a verification link: `<id>.<secret>` (checked properly by the lib, not here). */
export const verifyEmailInput = z.object({ token: z.string().min(1).max(200) }).strict();

const PROBE_ORIGIN = 'http://rehabit.invalid';
/** A path that stays what it is once a browser resolves it: no `//`, no `\\`, no dot segments. */
function isPlainSitePath(path: string): boolean {
  if (!path.startsWith('/') || path.startsWith('//') || path.includes('\\')) return false;
  try {
    const url = new URL(path, PROBE_ORIGIN);
    return url.origin === PROBE_ORIGIN && `${url.pathname}${url.search}${url.hash}` === path && !url.pathname.startsWith('//');
  } catch {
    return false;
  }
}

/** A path on this site (never another origin): where the new link brings the patient back to. */
const sitePath = z.string().max(1000).refine(isPlainSitePath, 'must be a path on this site, such as /book');

export const resendVerificationInput = z.object({ returnTo: sitePath.optional() }).strict();
