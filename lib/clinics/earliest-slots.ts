// The earliest open time for a first visit, per clinic, and the earliest video visit. One slot-engine
// load per visit type covers every clinic at once (not one query per clinic).
import { db } from '../db';
import { findOpenSlotsForAll, type OpenSlot } from '../scheduling/find-open-slots';
import { loadSchedules } from '../scheduling/load-schedules';
import { firstLicensedSlot } from '../licensure/licensed-slots';

/** How far ahead the locator looks for an open time. */
export const SLOT_SEARCH_DAYS = 30;
/** The seeded first-visit types; any other network-wide type of the modality is the fallback. */
export const INITIAL_EVALUATION_SLUG = 'initial-evaluation';
export const VIRTUAL_EVALUATION_SLUG = 'virtual-initial-evaluation';

export interface EarliestSlot {
  start: string;
  end: string;
  therapistId: string;
  visitTypeId: string;
}
export interface FirstVisitType {
  id: string;
  name: string;
  durationMinutes: number;
  modality: 'IN_CLINIC' | 'VIRTUAL';
}

const DAY = 86_400_000;

/** The first slot for each clinic. Pure; `slots` are sorted by start as the slot engine returns them. */
export function earliestByClinic(slots: readonly OpenSlot[]): Map<string, OpenSlot> {
  const first = new Map<string, OpenSlot>();
  for (const slot of slots) {
    if (slot.clinicId && !first.has(slot.clinicId)) first.set(slot.clinicId, slot);
  }
  return first;
}

export interface VisitTypeChoice extends FirstVisitType {
  slug: string;
}

/**
 * The visit type a new patient books first, from the network-wide active ones listed longest first
 * (then by name): the seeded evaluation of that kind, else the first of the kind.
 */
export function chooseFirstVisitType(
  types: readonly VisitTypeChoice[],
  modality: 'IN_CLINIC' | 'VIRTUAL',
): FirstVisitType | null {
  const ofKind = types.filter((t) => t.modality === modality);
  const slug = modality === 'IN_CLINIC' ? INITIAL_EVALUATION_SLUG : VIRTUAL_EVALUATION_SLUG;
  const chosen = ofKind.find((t) => t.slug === slug) ?? ofKind[0];
  return chosen ? { id: chosen.id, name: chosen.name, durationMinutes: chosen.durationMinutes, modality: chosen.modality } : null;
}

/** The visit type a new patient books first: in clinic (the evaluation) or by video. */
export async function findFirstVisitType(modality: 'IN_CLINIC' | 'VIRTUAL'): Promise<FirstVisitType | null> {
  const types = await db().visitType.findMany({
    where: { active: true, modality, practiceId: null },
    orderBy: [{ durationMinutes: 'desc' }, { name: 'asc' }],
    select: { id: true, slug: true, name: true, durationMinutes: true, modality: true },
  });
  return chooseFirstVisitType(types, modality);
}

interface SearchWhere {
  /** In-clinic: only these clinics (the locator's radius). */
  clinicIds?: readonly string[];
  patientState?: string;
}

/** Open times in the next SLOT_SEARCH_DAYS, sorted by start, with the schedules they came from. */
async function openSlots(visitTypeId: string, now: Date, where: SearchWhere) {
  const from = now;
  const to = new Date(now.getTime() + SLOT_SEARCH_DAYS * DAY);
  const { visitType, schedules } = await loadSchedules({ visitTypeId, from, to, ...where });
  const slots = visitType
    ? findOpenSlotsForAll(schedules, visitType, { from: from.getTime(), to: to.getTime(), now: now.getTime() })
    : [];
  return { slots, schedules };
}

const toEarliest = (slot: OpenSlot, visitTypeId: string): EarliestSlot => ({
  start: new Date(slot.start).toISOString(),
  end: new Date(slot.end).toISOString(),
  therapistId: slot.therapistId,
  visitTypeId,
});

export type NamedEarliestSlot = EarliestSlot & { therapistName: string | null };

/**
 * Names the therapists of `slots`: from `known` (the clinics' own lists), anyone else (the video
 * therapist, someone whose only hours at a clinic are on one date) in one read. Gives the function
 * that adds the name to a slot.
 */
export async function slotNamer(
  slots: readonly (EarliestSlot | null | undefined)[],
  known: readonly { id: string; name: string }[],
): Promise<(slot: EarliestSlot | null | undefined) => NamedEarliestSlot | null> {
  const names = new Map(known.map((t) => [t.id, t.name]));
  const unnamed = [...new Set(slots.flatMap((slot) => (slot && !names.has(slot.therapistId) ? [slot.therapistId] : [])))];
  if (unnamed.length > 0) {
    const found = await db().therapist.findMany({
      where: { id: { in: unnamed } },
      select: { id: true, user: { select: { name: true } } },
    });
    for (const t of found) names.set(t.id, t.user.name);
  }
  return (slot) => (slot ? { ...slot, therapistName: names.get(slot.therapistId) ?? null } : null);
}

/** Earliest in-clinic first-visit slot at each of `clinicIds` (clinics with none in the window are absent). */
export async function earliestEvaluationSlots(
  visitType: FirstVisitType,
  clinicIds: readonly string[],
  now = new Date(),
): Promise<Map<string, EarliestSlot>> {
  if (clinicIds.length === 0) return new Map();
  const first = earliestByClinic((await openSlots(visitType.id, now, { clinicIds })).slots);
  // A date's override may open hours at a clinic not asked about: those are left out.
  return new Map([...first].filter(([id]) => clinicIds.includes(id)).map(([id, slot]) => [id, toEarliest(slot, visitType.id)]));
}

/** Earliest video slot with a therapist licensed in the patient's state on that date (decision 024). */
export async function earliestVirtualSlot(
  visitType: FirstVisitType,
  patientState: string,
  now = new Date(),
): Promise<EarliestSlot | null> {
  const { slots, schedules } = await openSlots(visitType.id, now, { patientState });
  const slot = firstLicensedSlot(slots, schedules, patientState);
  return slot ? toEarliest(slot, visitType.id) : null;
}
