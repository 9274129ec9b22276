import { z } from 'zod';
import { calendarDate } from '../calendar-date';

const minute = z.number().int().min(0).max(1440);
const localDate = calendarDate();
const modality = z.enum(['IN_CLINIC', 'VIRTUAL']);

const ordered = (r: { startMinute: number; endMinute: number }) => r.startMinute < r.endMinute;
const orderMessage = { message: 'startMinute must be before endMinute', path: ['endMinute'] };

export const weeklyRuleInput = z
  .object({
    weekday: z.number().int().min(1).max(7),
    startMinute: minute,
    endMinute: minute,
    modality,
    clinicId: z.string().min(1).max(40).nullable().default(null),
    validFrom: localDate,
    validUntil: localDate.nullable().default(null),
  })
  .refine(ordered, orderMessage)
  // 'YYYY-MM-DD' strings order like the days they name; the table's check constraint refuses the rest.
  .refine((r) => r.validUntil === null || r.validFrom <= r.validUntil, {
    message: 'validUntil must not be before validFrom',
    path: ['validUntil'],
  });

/**
 * A save that would leave booked visits outside the new hours is refused (409
 * ORPHANED_APPOINTMENTS) unless this is true; then it saves and the visits stay booked.
 */
const confirmOrphans = z.boolean().default(false);

const weeklyRules = z.array(weeklyRuleInput).max(100);
export const replaceRulesInput = z.object({ rules: weeklyRules, confirmOrphans });

const overrideFields = {
  date: localDate,
  /** Empty = closed that date. Otherwise these ranges replace the weekly hours on that date. */
  ranges: z
    .array(
      z
        .object({
          startMinute: minute,
          endMinute: minute,
          modality,
          clinicId: z.string().min(1).max(40).nullable().default(null),
        })
        .refine(ordered, orderMessage),
    )
    .max(10),
};
export const overrideInput = z.object({ ...overrideFields, confirmOrphans });

const timeOffFields = {
  startsAt: z.iso.datetime({ offset: true }).transform((s) => new Date(s)),
  endsAt: z.iso.datetime({ offset: true }).transform((s) => new Date(s)),
  reason: z.string().trim().max(200).default(''),
};
const timeOffOrdered: [(t: { startsAt: Date; endsAt: Date }) => boolean, { message: string; path: string[] }] = [
  (t) => t.startsAt < t.endsAt,
  { message: 'endsAt must be after startsAt', path: ['endsAt'] },
];
export const timeOffInput = z.object({ ...timeOffFields, confirmOrphans }).refine(...timeOffOrdered);

/**
 * A change not yet saved: new weekly hours (the whole set), one date's hours, or time off to add.
 * Strict: every field is optional, so a misspelt one must not quietly preview "no change".
 */
export const previewInput = z
  .strictObject({
    /** Which visit's open times to show; omit to check only for orphaned appointments. */
    visitTypeId: z.string().min(1).max(40).optional(),
    /** For in-clinic visits: only this clinic's times. */
    clinicId: z.string().min(1).max(40).optional(),
    days: z.number().int().min(1).max(14).default(14),
    rules: weeklyRules.optional(),
    override: z.object(overrideFields).optional(),
    timeOff: z
      .object(timeOffFields)
      .refine(...timeOffOrdered)
      .optional(),
    /** Removing a date's override: that date goes back to the weekly hours. */
    clearOverride: localDate.optional(),
  })
  .refine((p) => [p.rules, p.override, p.timeOff, p.clearOverride].filter((c) => c !== undefined).length <= 1, {
    message: 'preview one change at a time: rules, override, timeOff or clearOverride',
    path: ['rules'],
  });

export const overrideDateParams = z.object({ date: localDate });
export const clearOverrideQuery = z.object({
  confirmOrphans: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
});
export const timeOffParams = z.object({ id: z.string().min(1).max(40) });

export type WeeklyRuleInput = z.infer<typeof weeklyRuleInput>;
export type PreviewInput = z.infer<typeof previewInput>;
export type OverrideRangeInput = z.infer<typeof overrideInput>['ranges'][number];
