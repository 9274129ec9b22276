// The rules every video booking path shares (slot search, booking, reschedule, series, waitlist,
// reassignment): the patient's state must be known, and the therapist licensed there on the date.
import { AppError } from '../errors';
import { coversVisit } from './licensed-slots';
import type { LicenseRecord } from './license-coverage';
import { stateName } from './us-states';

/** The patient's state for a video visit, or a 400 naming the field that should carry it. */
export function requirePatientState(state: string | null | undefined, field = 'patientState'): string {
  if (state) return state;
  throw new AppError(
    'VALIDATION_FAILED',
    `Invalid request: ${field} is required for a video visit (the US state you will be in during the visit).`,
    [{ path: field, message: 'is required for a video visit' }],
  );
}

export function notLicensed(therapistName: string | null, state: string): AppError {
  const who = therapistName ?? 'This therapist';
  return new AppError(
    'NOT_LICENSED_IN_STATE',
    `${who} is not licensed to see patients located in ${stateName(state)} (${state}) by video on that date. Choose another therapist or time.`,
    { state },
  );
}

/** Throws 422 NOT_LICENSED_IN_STATE unless the licenses cover a visit starting at `start`. */
export function assertLicensedFor(
  schedule: { therapistId: string; timezone: string; licenses: readonly LicenseRecord[] },
  state: string,
  start: Date,
  therapistName: string | null = null,
): void {
  if (!coversVisit(schedule, state, start.getTime())) throw notLicensed(therapistName, state);
}
