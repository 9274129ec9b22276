// The compact answer of GET /api/slots?format=compact: the same open starts as the list of
// objects, grouped by local day (in the zone the caller asks for) and by therapist and clinic,
// each start as whole minutes after that day's local midnight. A 90-day answer for five
// therapists is ~40 KB instead of ~1.2 MB (docs/decisions/022-performance.md).
// Pure, and free of server imports: the booking screens expand it with expandCompactSlots.
import type { OpenSlot } from './find-open-slots';
import { zoneTimeline } from './zone-timeline';
import { DAY_MS, instantOfWallLenient, MINUTE_MS } from './zoned-time';

export interface CompactSlotDay {
  /** The local date, YYYY-MM-DD. */
  date: string;
  /** The instant that date begins in the zone; a start is `midnight + minute` (elapsed minutes). */
  midnight: string;
  /** Index into `therapists`, index into `clinics`, and the day's starts in ascending order. */
  groups: { therapist: number; clinic: number; minutes: number[] }[];
}

export interface CompactSlots {
  zone: string;
  durationMinutes: number;
  therapists: string[];
  clinics: (string | null)[];
  days: CompactSlotDay[];
}

/** One slot per start, the way the list answer sends it (instants as ISO strings). */
export interface SlotView {
  start: string;
  end: string;
  therapistId: string;
  clinicId: string | null;
}

function indexer<T>(list: T[]): (value: T) => number {
  const at = new Map<T, number>();
  return (value) => {
    let i = at.get(value);
    if (i === undefined) {
      i = list.length;
      list.push(value);
      at.set(value, i);
    }
    return i;
  };
}

/** `slots` sorted by start (as findOpenSlotsForAll returns them), all `durationMinutes` long. */
export function compactSlots(slots: readonly OpenSlot[], zone: string, durationMinutes: number): CompactSlots {
  const answer: CompactSlots = { zone, durationMinutes, therapists: [], clinics: [], days: [] };
  if (slots.length === 0) return answer;
  const therapistIndex = indexer(answer.therapists);
  const clinicIndex = indexer(answer.clinics);
  const { offsetAt } = zoneTimeline(zone, slots[0]!.start - 2 * DAY_MS, slots[slots.length - 1]!.start + 2 * DAY_MS);
  let day: CompactSlotDay | null = null;
  let dayStart = 0; // the instant `day` begins
  let dayEnd = 0; // the instant the next date begins
  const groups = new Map<string, CompactSlotDay['groups'][number]>();
  for (const slot of slots) {
    if (!day || slot.start >= dayEnd || slot.start < dayStart) {
      // Wall clock "as if UTC" at the start, floored to its date; that date's midnight and the next.
      const wallDay = Math.floor((slot.start + offsetAt(slot.start)) / DAY_MS) * DAY_MS;
      dayStart = instantOfWallLenient(offsetAt, wallDay);
      dayEnd = instantOfWallLenient(offsetAt, wallDay + DAY_MS);
      const date = new Date(wallDay).toISOString().slice(0, 10);
      day = answer.days.at(-1)?.date === date ? answer.days.at(-1)! : null;
      if (!day) {
        day = { date, midnight: new Date(dayStart).toISOString(), groups: [] };
        answer.days.push(day);
        groups.clear();
      }
    }
    const therapist = therapistIndex(slot.therapistId);
    const clinic = clinicIndex(slot.clinicId);
    const key = `${therapist} ${clinic}`;
    let group = groups.get(key);
    if (!group) {
      group = { therapist, clinic, minutes: [] };
      groups.set(key, group);
      day.groups.push(group);
    }
    group.minutes.push(Math.round((slot.start - dayStart) / MINUTE_MS));
  }
  return answer;
}

const compareIds = (a: string | null, b: string | null) => (a === b ? 0 : a === null ? -1 : b === null ? 1 : a < b ? -1 : 1);

/** Back to one slot per start, in the list answer's order: by start, then therapist id, then clinic id. */
export function expandCompactSlots(answer: CompactSlots): SlotView[] {
  const out: { at: number; slot: SlotView }[] = [];
  const length = answer.durationMinutes * MINUTE_MS;
  for (const day of answer.days) {
    const midnight = Date.parse(day.midnight);
    for (const group of day.groups) {
      const therapistId = answer.therapists[group.therapist] ?? '';
      const clinicId = answer.clinics[group.clinic] ?? null;
      for (const minute of group.minutes) {
        const at = midnight + minute * MINUTE_MS;
        out.push({
          at,
          slot: { start: new Date(at).toISOString(), end: new Date(at + length).toISOString(), therapistId, clinicId },
        });
      }
    }
  }
  out.sort(
    (a, b) => a.at - b.at || compareIds(a.slot.therapistId, b.slot.therapistId) || compareIds(a.slot.clinicId, b.slot.clinicId),
  );
  return out.map((o) => o.slot);
}
