// Whether one start can be booked right now, and if not, which rule says no.
import { AppError } from '../errors';
import { explainSlot, type OpenSlot } from '../scheduling/find-open-slots';
import { loadSchedules, type LoadedVisitType } from '../scheduling/load-schedules';
import { assertLicensedFor, requirePatientState } from '../licensure/video-state';

/** `patientState`: set (and licensed) for a video visit, null for an in-clinic one. */
export interface CheckedSlot {
  visitType: LoadedVisitType;
  slot: OpenSlot;
  patientState: string | null;
}

export async function checkSlot(
  input: {
    visitTypeId: string;
    therapistId: string;
    start: Date;
    clinicId?: string | null;
    excludeAppointmentId?: string | null;
    /** Video visits: the state the patient will be in (required; the therapist must be licensed there). */
    patientState?: string | null;
  },
  now: Date,
): Promise<CheckedSlot> {
  const { visitType, schedules } = await loadSchedules({
    visitTypeId: input.visitTypeId,
    therapistId: input.therapistId,
    clinicId: input.clinicId,
    from: input.start,
    to: new Date(input.start.getTime() + 24 * 3_600_000),
    excludeAppointmentId: input.excludeAppointmentId,
  });
  if (!visitType) throw new AppError('NOT_FOUND', 'Visit type not found.');
  const schedule = schedules[0];
  if (!schedule) throw new AppError('OUTSIDE_AVAILABILITY', 'This therapist does not offer this visit type.');
  // The license first: "not licensed in your state" is the answer whatever the calendar says.
  const patientState = visitType.modality === 'VIRTUAL' ? requirePatientState(input.patientState, 'body.patientState') : null;
  if (patientState) assertLicensedFor(schedule, patientState, input.start);
  const clinicId = visitType.modality === 'IN_CLINIC' ? input.clinicId : undefined;
  const verdict = explainSlot(schedule, visitType, input.start.getTime(), now.getTime(), clinicId);
  if (!verdict.ok) throw new AppError(verdict.reason);
  return { visitType, slot: verdict.slot, patientState };
}
