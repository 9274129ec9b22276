// Turns the database's refusals on visit notes into the app's errors. The triggers and checks in
// the migration are what keep a signed note unchanged; these only give the outcome a name.
import { Prisma } from '../db';
import { AppError } from '../errors';

interface DriverCause {
  originalCode?: string;
  code?: string;
  originalMessage?: string;
  message?: string;
}

function driverCause(err: unknown): DriverCause | null {
  if (!(err instanceof Prisma.PrismaClientKnownRequestError) && !(err instanceof Prisma.PrismaClientUnknownRequestError))
    return null;
  const meta = (err as { meta?: { driverAdapterError?: { cause?: DriverCause } } }).meta;
  return meta?.driverAdapterError?.cause ?? null;
}

const SIGNED_MESSAGES = ['is immutable', 'cannot be deleted', 'addenda go on signed notes only', 'append-only'];

/** The 409 for a write the note triggers refused, or null when the error is something else. */
export function toNoteConflict(err: unknown): AppError | null {
  const cause = driverCause(err);
  const texts = [cause?.originalMessage, cause?.message, (err as Error | null)?.message];
  if (!texts.some((t) => t && SIGNED_MESSAGES.some((m) => t.includes(m)))) return null;
  if (texts.some((t) => t?.includes('addenda go on signed notes only'))) {
    return new AppError('CONFLICT', 'Addenda can be added to a signed note only; edit the draft instead.');
  }
  return new AppError('CONFLICT', 'This note is signed and can no longer change. Add an addendum instead.');
}

/** Runs a write and rethrows a trigger refusal as its 409. */
export async function refusingSignedChanges<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (err) {
    throw toNoteConflict(err) ?? err;
  }
}
