// Turns the database's own refusals into the app's error codes. The exclusion constraints are
// what really prevent double booking; these only name the outcome.
import { Prisma } from '../db';
import { AppError } from '../errors';

interface DriverCause {
  originalCode?: string;
  code?: string;
  constraint?: string;
  originalMessage?: string;
  message?: string;
}

function driverCause(err: unknown): DriverCause | null {
  if (!(err instanceof Prisma.PrismaClientKnownRequestError) && !(err instanceof Prisma.PrismaClientUnknownRequestError))
    return null;
  const meta = (err as { meta?: { driverAdapterError?: { cause?: DriverCause } } }).meta;
  return meta?.driverAdapterError?.cause ?? null;
}

function mentions(err: unknown, text: string): boolean {
  const cause = driverCause(err);
  return [cause?.constraint, cause?.originalMessage, cause?.message, (err as Error)?.message].some((s) => s?.includes(text));
}

/** The exclusion constraint that refused a write, if that is what happened. */
export function exclusionViolation(err: unknown): 'therapist' | 'patient' | null {
  const cause = driverCause(err);
  const code = cause?.originalCode ?? cause?.code;
  if (code !== '23P01' && !mentions(err, 'no_overlap')) return null;
  return mentions(err, 'appointments_patient_no_overlap') ? 'patient' : 'therapist';
}

export function toBookingConflict(err: unknown): AppError | null {
  const which = exclusionViolation(err);
  if (which === 'therapist') return new AppError('SLOT_TAKEN');
  if (which === 'patient') return new AppError('PATIENT_DOUBLE_BOOKED');
  if (mentions(err, 'appointments_status_forward_only')) return new AppError('INVALID_TRANSITION');
  return null;
}

export function isUniqueViolation(err: unknown): boolean {
  return err instanceof Prisma.PrismaClientKnownRequestError && err.code === 'P2002';
}
