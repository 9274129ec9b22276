// What the RTM endpoints accept and answer.
import { z } from 'zod';

// Years 2000–2099: a claim month, and outside that range the date arithmetic would need years of
// other than four digits (9999-12 has no next month in 'YYYY-MM-DD').
export const rtmMonth = z.string().regex(/^20\d{2}-(0[1-9]|1[0-2])$/, 'must be a month like 2026-03');
export const rtmQuery = z.object({
  /** Calendar month 'YYYY-MM' (default: the current month, UTC). */
  month: rtmMonth.optional(),
});

export const rtmTimeInput = z.object({
  minutes: z.number().int().min(1).max(240),
  reason: z.string().trim().min(1, 'is required').max(500),
  /** When the work was done (default now); never in the future. */
  performedAt: z.iso.datetime({ offset: true }).optional(),
});
export type RtmTimeInput = z.infer<typeof rtmTimeInput>;

export const rtmTimeEntryView = z.object({
  id: z.string(),
  minutes: z.number().int(),
  reason: z.string(),
  performedAt: z.string(),
});

const ref = z.object({ id: z.string(), name: z.string() });

export const rtmPeriodView = z.object({
  number: z.number().int(),
  start: z.string(),
  end: z.string(),
  dataDays: z.number().int(),
  met: z.boolean(),
  /** "11 of 16 days" while not met. */
  missing: z.string().nullable(),
  outlook: z.enum(['met', 'on-track', 'at-risk', 'missed']),
  /** The period ends in this month: its 98977 (and 98975 for the first) is billed in it. */
  endsInMonth: z.boolean(),
});

export const rtmRow = z.object({
  patient: ref,
  therapist: ref,
  plan: z.object({ id: z.string(), title: z.string() }),
  rtmStart: z.string(),
  periods: z.array(rtmPeriodView),
  management: z.object({
    minutes: z.number().int(),
    interactive: z.boolean(),
    first: z.boolean(),
    additionalUnits: z.number().int(),
    missing: z.string().nullable(),
  }),
  /**
   * The patient's latest RTM consent (possibly recorded after the month: then nothing of the month
   * counts); without one no code is billable. Withdrawn: nothing after the withdrawal counts.
   */
  consent: z
    .object({
      recordedAt: z.string(),
      recordedBy: z.string(),
      withdrawnAt: z.string().nullable(),
      withdrawnBy: z.string().nullable(),
    })
    .nullable(),
  /** Codes billable for this month (98981 once per unit; none without consent). */
  codes: z.array(z.enum(['98975', '98977', '98980', '98981'])),
});
export type RtmRow = z.infer<typeof rtmRow>;

export const rtmReport = z.object({ month: z.string(), rows: z.array(rtmRow) });
export type RtmReport = z.infer<typeof rtmReport>;

/** The therapist confirms the patient agreed to the consent text shown beside the button. */
export const rtmConsentInput = z.object({
  textVersion: z.string().trim().min(1).max(40),
});
export type RtmConsentInput = z.infer<typeof rtmConsentInput>;

export const rtmConsentView = z.object({
  recordedAt: z.string(),
  recordedBy: z.string(),
  textVersion: z.string(),
  /** Set once the patient (or their therapist for them) withdrew it; then a new consent can be recorded. */
  withdrawnAt: z.string().nullable(),
  withdrawnBy: z.string().nullable(),
});
export type RtmConsentView = z.infer<typeof rtmConsentView>;

export const practiceRtmSettingsInput = z
  .object({
    /** The practice runs RTM; false = its patients are not reported, asked for consent or timed. */
    rtmEnabled: z.boolean().optional(),
    /** A message exchange counts as 98980's interactive communication; false = video visits only. */
    messagesCountAsInteractive: z.boolean().optional(),
  })
  .refine((v) => v.rtmEnabled !== undefined || v.messagesCountAsInteractive !== undefined, 'change at least one setting');
export type PracticeRtmSettingsInput = z.infer<typeof practiceRtmSettingsInput>;

export const practiceRtmSettingsView = z.object({
  practiceId: z.string(),
  rtmEnabled: z.boolean(),
  messagesCountAsInteractive: z.boolean(),
});
