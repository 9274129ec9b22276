// The visit-type form's fields as filled in (prices in dollars) and the API bodies made from them
// (in cents; checked by the API's `createVisitTypeInput` / `updateVisitTypeInput` in
// visit-type-schema.ts). No zod here: this is in the first load.
import type { AdminVisitType } from '@/lib/visit-types/schemas';

/** The visit type's whole-number settings. */
export type WholeField =
  | 'durationMinutes'
  | 'bufferBeforeMinutes'
  | 'bufferAfterMinutes'
  | 'minNoticeMinutes'
  | 'horizonDays'
  | 'slotStepMinutes'
  | 'freeCancellationHours';

export const WHOLE: { name: WholeField; label: string; hint: string; fallback: number }[] = [
  { name: 'durationMinutes', label: 'Duration (minutes)', hint: '5 to 240.', fallback: 30 },
  { name: 'bufferBeforeMinutes', label: 'Buffer before (minutes)', hint: 'Kept free before each visit.', fallback: 0 },
  { name: 'bufferAfterMinutes', label: 'Buffer after (minutes)', hint: 'Kept free after each visit.', fallback: 0 },
  {
    name: 'minNoticeMinutes',
    label: 'Minimum notice (minutes)',
    hint: 'How long before the start a patient can still book. 720 = 12 hours.',
    fallback: 720,
  },
  { name: 'horizonDays', label: 'Booking horizon (days)', hint: 'How far ahead patients can book.', fallback: 90 },
  { name: 'slotStepMinutes', label: 'Start times every (minutes)', hint: 'Offered starts step by this much.', fallback: 15 },
  {
    name: 'freeCancellationHours',
    label: 'Free cancellation until (hours before)',
    hint: 'Later cancellations pay the fee below.',
    fallback: 24,
  },
];

export type VisitTypeFields = Record<WholeField, string> & {
  practiceId: string;
  name: string;
  description: string;
  modality: string;
  /** Dollars, as typed. */
  price: string;
  currency: string;
  /** Dollars, as typed. */
  lateFee: string;
  patientMayBookSeries: boolean;
  active: boolean;
};

const dollars = (cents: number) => (cents / 100).toFixed(2);

export function visitTypeFields(visitType: AdminVisitType | null, practiceId: string): VisitTypeFields {
  const whole = (name: WholeField) => String(visitType ? visitType[name] : (WHOLE.find((f) => f.name === name)?.fallback ?? ''));
  return {
    practiceId,
    name: visitType?.name ?? '',
    description: visitType?.description ?? '',
    modality: visitType?.modality ?? 'IN_CLINIC',
    price: visitType ? dollars(visitType.priceCents) : '0.00',
    currency: visitType?.currency ?? 'usd',
    lateFee: visitType ? dollars(visitType.lateCancellationFeeCents) : '0.00',
    patientMayBookSeries: visitType?.patientMayBookSeries ?? false,
    active: visitType?.active ?? true,
    durationMinutes: whole('durationMinutes'),
    bufferBeforeMinutes: whole('bufferBeforeMinutes'),
    bufferAfterMinutes: whole('bufferAfterMinutes'),
    minNoticeMinutes: whole('minNoticeMinutes'),
    horizonDays: whole('horizonDays'),
    slotStepMinutes: whole('slotStepMinutes'),
    freeCancellationHours: whole('freeCancellationHours'),
  };
}

/** Dollars to cents; empty is 0, anything but an amount is NaN (for the schema to refuse). */
function cents(typed: string): number {
  const value = typed.trim() === '' ? 0 : Number(typed.trim());
  return Number.isFinite(value) && value >= 0 ? Math.round(value * 100) : Number.NaN;
}

/** A whole-number box; empty is NaN. */
const whole = (typed: string) => (typed.trim() === '' ? Number.NaN : Number(typed.trim()));

/** The body of PATCH /api/admin/visit-types/{id}: every setting, prices in cents. */
export function visitTypeBody(fields: VisitTypeFields) {
  return {
    name: fields.name,
    description: fields.description,
    modality: fields.modality,
    currency: fields.currency.trim() || 'usd',
    priceCents: cents(fields.price),
    lateCancellationFeeCents: cents(fields.lateFee),
    patientMayBookSeries: fields.patientMayBookSeries,
    active: fields.active,
    durationMinutes: whole(fields.durationMinutes),
    bufferBeforeMinutes: whole(fields.bufferBeforeMinutes),
    bufferAfterMinutes: whole(fields.bufferAfterMinutes),
    minNoticeMinutes: whole(fields.minNoticeMinutes),
    horizonDays: whole(fields.horizonDays),
    slotStepMinutes: whole(fields.slotStepMinutes),
    freeCancellationHours: whole(fields.freeCancellationHours),
  };
}

/** The body of POST /api/admin/visit-types: the same, offered by a practice (or network-wide: null). */
export const newVisitTypeBody = (fields: VisitTypeFields) => ({
  ...visitTypeBody(fields),
  practiceId: fields.practiceId || null,
});
