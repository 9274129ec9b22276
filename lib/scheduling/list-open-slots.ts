// GET /api/slots: one query, then the pure computation.
import { AppError } from '../errors';
import { findOpenSlotsForAll } from './find-open-slots';
import { loadSchedules } from './load-schedules';
import { licensedSlots } from '../licensure/licensed-slots';
import { requirePatientState } from '../licensure/video-state';

export const MAX_RANGE_DAYS = 93;

export interface OpenSlotsQuery {
  visitTypeId: string; from: Date; to: Date; therapistId?: string; clinicId?: string; patientState?: string;
}

/**
 * The open times of a query, as the booking would accept them: the range checked, and for video
 * only times a licensed therapist can take, so no page offers a time the booking would refuse
 * (decision 024). Without a state there is no honest answer: 400. Shared by /api/slots and
 * /api/slots/days, so the month view and the time list never disagree.
 */
export async function findBookableSlots(q: OpenSlotsQuery, now = new Date()) {
  if (q.to <= q.from) throw new AppError('VALIDATION_FAILED', 'Invalid query: "to" must be after "from".');
  if (q.to.getTime() - q.from.getTime() > MAX_RANGE_DAYS * 86_400_000) {
    throw new AppError('VALIDATION_FAILED', `Invalid query: the range can be at most ${MAX_RANGE_DAYS} days.`);
  }
  const { visitType, schedules } = await loadSchedules(q);
  if (!visitType) throw new AppError('NOT_FOUND', 'Visit type not found.');
  const state = visitType.modality === 'VIRTUAL' ? requirePatientState(q.patientState, 'query.patientState') : null;
  const found = findOpenSlotsForAll(schedules, visitType, {
    from: q.from.getTime(), to: q.to.getTime(), now: now.getTime(),
    clinicId: visitType.modality === 'IN_CLINIC' ? q.clinicId : undefined,
  });
  return { visitType, slots: state ? licensedSlots(found, schedules, state) : found };
}

export async function listOpenSlots(q: OpenSlotsQuery, now = new Date()) {
  const { slots } = await findBookableSlots(q, now);
  // Therapists share one grid of times, so most instants repeat: format each once (a 90-day
  // answer has thousands of slots, and Date formatting dominated its cost).
  const iso = new Map<number, string>();
  const text = (ms: number) => {
    let s = iso.get(ms);
    if (s === undefined) { s = new Date(ms).toISOString(); iso.set(ms, s); }
    return s;
  };
  return slots.map((s) => ({ start: text(s.start), end: text(s.end), therapistId: s.therapistId, clinicId: s.clinicId }));
}
