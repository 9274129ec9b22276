// The slot engine's vocabulary, apart from its logic (find-open-slots.ts), so the files the engine
// uses can name these types without importing it back.
export type Modality = 'IN_CLINIC' | 'VIRTUAL';
/** Hours on every `weekday` (1 = Monday … 7 = Sunday) between the dates, both inclusive. */
export interface WeeklyRule {
  weekday: number;
  startMinute: number;
  endMinute: number;
  timezone: string;
  modality: Modality;
  clinicId: string | null;
  validFrom: string;
  validUntil: string | null;
}
/** The hours for one date, replacing the weekly rules. Null times = closed; null modality = either. */
export interface DateOverride {
  date: string;
  startMinute: number | null;
  endMinute: number | null;
  timezone: string;
  modality: Modality | null;
  clinicId: string | null;
}
/** Epoch ms, half-open [start, end). */
export interface Interval {
  start: number;
  end: number;
}
/** `busy` = existing appointments' blocks (visit plus its buffers). */
export interface TherapistSchedule {
  therapistId: string;
  rules: WeeklyRule[];
  overrides: DateOverride[];
  timeOff: Interval[];
  busy: Interval[];
}
export interface VisitRules {
  durationMinutes: number;
  bufferBeforeMinutes: number;
  bufferAfterMinutes: number;
  minNoticeMinutes: number;
  horizonDays: number;
  slotStepMinutes: number;
  modality: Modality;
}
/** Starts in [from, to). clinicId: only that clinic (IN_CLINIC); undefined/null = any clinic. */
export interface SlotQuery {
  from: number;
  to: number;
  now: number;
  clinicId?: string | null;
}
export interface OpenSlot {
  start: number;
  end: number;
  therapistId: string;
  clinicId: string | null;
}
export type SlotRejection = 'INSUFFICIENT_NOTICE' | 'BEYOND_HORIZON' | 'OUTSIDE_AVAILABILITY' | 'SLOT_TAKEN';
