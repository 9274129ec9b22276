// The database refusing a value (a CHECK constraint, a NOT NULL, a number or text out of range, a
// date Postgres cannot store) means the request carried something our schemas let through: the
// caller's input, answered 400 VALIDATION_FAILED, never a 500. A refusal is logged, since it also
// means a zod schema is looser than the table it writes to.
import { Prisma } from './db';

interface DriverCause {
  originalCode?: string;
  code?: string;
  kind?: string;
  constraint?: string | { index?: string };
}

/** Prisma's own codes for a value the column cannot hold (P2000 too long, P2011 null, P2020 out of range, P2033 number too big). */
const PRISMA_VALUE_CODES = new Set(['P2000', 'P2011', 'P2020', 'P2033']);
/** Driver-adapter error kinds for the same refusals. */
const ADAPTER_KINDS = new Set(['LengthMismatch', 'NullConstraintViolation', 'ValueOutOfRange', 'InvalidInputValue']);

function driverCause(err: unknown): DriverCause | null {
  const meta = (err as { meta?: { driverAdapterError?: { cause?: DriverCause } } } | null)?.meta;
  return meta?.driverAdapterError?.cause ?? (err as { cause?: DriverCause } | null)?.cause ?? null;
}

/** SQLSTATE class 22 (data exception), 23502 (not null) and 23514 (check violation). */
function isValueSqlState(code: string | undefined): boolean {
  return !!code && (code.startsWith('22') || code === '23502' || code === '23514');
}

/** The constraint or kind that refused the value, when the database refused one; otherwise null. */
export function refusedValue(err: unknown): string | null {
  const isPrisma = err instanceof Prisma.PrismaClientKnownRequestError || err instanceof Prisma.PrismaClientUnknownRequestError;
  if (!isPrisma) return null;
  const cause = driverCause(err);
  const sqlState = cause?.originalCode ?? cause?.code;
  // The forward-only status trigger also raises check_violation: that is a lost race, named elsewhere.
  const constraint = typeof cause?.constraint === 'string' ? cause.constraint : cause?.constraint?.index;
  if (constraint === 'appointments_status_forward_only' || /status_forward_only/.test((err as Error).message)) return null;
  if (err instanceof Prisma.PrismaClientKnownRequestError && PRISMA_VALUE_CODES.has(err.code)) return err.code;
  if (cause?.kind && ADAPTER_KINDS.has(cause.kind)) return cause.kind;
  if (isValueSqlState(sqlState)) return constraint ?? sqlState ?? 'value';
  return null;
}
