// Keeps the video slots a therapist may take for a patient in a state (pure): the visit's date,
// in the therapist's zone, must be covered by a license or compact privilege for that state.
import type { OpenSlot } from '../scheduling/find-open-slots';
import { localDateOf } from '../scheduling/zoned-time';
import { coveredThrough, type LicenseRecord } from './license-coverage';

interface Licensed {
  therapistId: string;
  timezone: string;
  licenses: readonly LicenseRecord[];
}

/** Whether a slot's date is covered for `state`, by the license records of the slot's therapist. */
function coveredIn(schedules: readonly Licensed[], state: string): (slot: OpenSlot) => boolean {
  const through = new Map(schedules.map((s) => [s.therapistId, { date: coveredThrough(s.licenses, state), zone: s.timezone }]));
  return (slot) => {
    const cover = through.get(slot.therapistId);
    return !!cover?.date && localDateOf(slot.start, cover.zone) <= cover.date;
  };
}

export function licensedSlots<S extends OpenSlot>(slots: readonly S[], schedules: readonly Licensed[], state: string): S[] {
  return slots.filter(coveredIn(schedules, state));
}

/** The first of `slots` (in their order) that is covered: the locator's earliest video visit. */
export function firstLicensedSlot<S extends OpenSlot>(
  slots: readonly S[],
  schedules: readonly Licensed[],
  state: string,
): S | null {
  return slots.find(coveredIn(schedules, state)) ?? null;
}

/** Whether one visit start is covered (the same rule, for a single booking). */
export function coversVisit(schedule: Licensed, state: string, start: number): boolean {
  return (
    licensedSlots([{ start, end: start, therapistId: schedule.therapistId, clinicId: null }], [schedule], state).length === 1
  );
}
