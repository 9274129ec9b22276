// When a patient can be checked in: an in-clinic, booked visit, from a few hours before its start
// (or from the start of its local day, whichever is earlier) until the end of that local day.
import { AppError } from '../errors';
import { addDays, HOUR_MS, localDateOf, wallTimeToInstantLenient } from '../scheduling/zoned-time';

export const EARLY_CHECK_IN_HOURS = 3;

export interface CheckInCandidate {
  modality: string;
  status: string;
  startsAt: Date;
  timezone: string;
}

/** The span in which check-in is open, as instants. */
export function checkInWindow(a: Pick<CheckInCandidate, 'startsAt' | 'timezone'>): { opensAt: Date; closesAt: Date } {
  const day = localDateOf(a.startsAt.getTime(), a.timezone);
  const dayStart = wallTimeToInstantLenient(day, 0, a.timezone);
  const dayEnd = wallTimeToInstantLenient(addDays(day, 1), 0, a.timezone);
  return {
    opensAt: new Date(Math.min(dayStart, a.startsAt.getTime() - EARLY_CHECK_IN_HOURS * HOUR_MS)),
    closesAt: new Date(dayEnd),
  };
}

/** Throws why this visit cannot be checked in now. */
export function assertCheckInAllowed(a: CheckInCandidate, now: Date): void {
  if (a.modality !== 'IN_CLINIC') throw new AppError('CONFLICT', 'Only in-clinic visits are checked in.');
  if (a.status !== 'BOOKED')
    throw new AppError('INVALID_TRANSITION', `A ${a.status.toLowerCase().replace('_', '-')} visit cannot be checked in.`);
  const { opensAt, closesAt } = checkInWindow(a);
  if (now < opensAt) throw new AppError('CONFLICT', 'Check-in opens on the day of the visit.');
  if (now >= closesAt) throw new AppError('CONFLICT', 'The day of this visit is over; it can no longer be checked in.');
}
