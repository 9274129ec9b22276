// GET /api/slots: one query, then the pure computation, then one of two shapes of the answer.
import { AppError } from '../errors';
import { compactSlots, type CompactSlots, type SlotView } from './compact-slots';
import { findOpenSlotsForAll, type OpenSlot } from './find-open-slots';
import { loadSchedules, type LoadedVisitType } from './load-schedules';
import { licensedSlots } from '../licensure/licensed-slots';
import { requirePatientState } from '../licensure/video-state';

export const MAX_RANGE_DAYS = 93;

export interface OpenSlotsQuery {
  visitTypeId: string;
  from: Date;
  to: Date;
  therapistId?: string;
  clinicId?: string;
  patientState?: string;
}
/** The name the compact answer's code uses. */
export type SlotsQuery = OpenSlotsQuery;

/**
 * The open times of a query, as the booking would accept them: the range checked, and for video
 * only times a licensed therapist can take, so no page offers a time the booking would refuse
 * (decision 024). Without a state there is no honest answer: 400. Shared by /api/slots (both
 * shapes) and /api/slots/days, so the month view and the time list never disagree.
 */
export async function findBookableSlots(
  q: OpenSlotsQuery,
  now = new Date(),
): Promise<{ visitType: LoadedVisitType; slots: OpenSlot[] }> {
  if (q.to <= q.from) throw new AppError('VALIDATION_FAILED', 'Invalid query: "to" must be after "from".');
  if (q.to.getTime() - q.from.getTime() > MAX_RANGE_DAYS * 86_400_000) {
    throw new AppError('VALIDATION_FAILED', `Invalid query: the range can be at most ${MAX_RANGE_DAYS} days.`);
  }
  const { visitType, schedules } = await loadSchedules(q);
  if (!visitType) throw new AppError('NOT_FOUND', 'Visit type not found.');
  const state = visitType.modality === 'VIRTUAL' ? requirePatientState(q.patientState, 'query.patientState') : null;
  const found = findOpenSlotsForAll(schedules, visitType, {
    from: q.from.getTime(),
    to: q.to.getTime(),
    now: now.getTime(),
    clinicId: visitType.modality === 'IN_CLINIC' ? q.clinicId : undefined,
  });
  return { visitType, slots: state ? licensedSlots(found, schedules, state) : found };
}

/** One object per slot, sorted by start, then therapist. */
export async function listOpenSlots(q: OpenSlotsQuery, now = new Date()): Promise<SlotView[]> {
  const { slots } = await findBookableSlots(q, now);
  // Therapists share one grid of times, so most instants repeat: format each once (a 90-day
  // answer has thousands of slots, and Date formatting dominated its cost).
  const iso = new Map<number, string>();
  const text = (ms: number) => {
    let s = iso.get(ms);
    if (s === undefined) {
      s = new Date(ms).toISOString();
      iso.set(ms, s);
    }
    return s;
  };
  return slots.map((s) => ({ start: text(s.start), end: text(s.end), therapistId: s.therapistId, clinicId: s.clinicId }));
}

/** The same slots grouped by local day in `zone` (see compact-slots.ts): ~30× smaller for 90 days. */
export async function listOpenSlotsCompact(q: SlotsQuery & { zone?: string }, now = new Date()): Promise<CompactSlots> {
  const { visitType, slots } = await findBookableSlots(q, now);
  return compactSlots(slots, q.zone ?? 'UTC', visitType.durationMinutes);
}
