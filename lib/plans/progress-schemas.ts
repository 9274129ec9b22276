// The therapist's view of one patient: plan, trends, scores, logs and flags.
import { z } from 'zod';
import { flagOutput } from '../flags/schemas';
import { dueOutput, scoreOutput } from '../outcomes/schemas';
import { weekProgressOutput } from './dashboard-schemas';
import { planOutput, planSummaryOutput } from './schemas';

export const recentLogOutput = z.object({
  id: z.string(),
  performedOn: z.string(),
  loggedAt: z.string(),
  exercise: z.string(),
  setsDone: z.number(),
  repsDone: z.number().nullable(),
  pain: z.number(),
  difficulty: z.enum(['EASY', 'ABOUT_RIGHT', 'TOO_HARD']),
  comment: z.string().nullable(),
});

export const patientProgressOutput = z.object({
  /** dateOfBirth: 'YYYY-MM-DD', shown beside the name so two patients of one name are told apart. */
  patient: z.object({ id: z.string(), name: z.string(), dateOfBirth: z.string(), timezone: z.string() }),
  today: z.string(),
  /** The open plan, or the latest ended one; null before any plan. */
  plan: planOutput.nullable(),
  plans: z.array(planSummaryOutput),
  progress: z.array(weekProgressOutput),
  /** The 7 days ending yesterday (the patient's yesterday). */
  last7Days: z.object({ prescribed: z.number(), done: z.number(), adherencePercent: z.number().nullable() }),
  scores: z.array(scoreOutput),
  questionnairesDue: z.array(dueOutput),
  recentLogs: z.array(recentLogOutput),
  flags: z.array(flagOutput),
});

export type PatientProgress = z.infer<typeof patientProgressOutput>;

export const treatedPatientOutput = z.object({
  id: z.string(),
  name: z.string(),
  /** 'YYYY-MM-DD', shown beside every name in staff lists (docs/decisions/044). */
  dateOfBirth: z.string(),
  plan: z.object({ id: z.string(), title: z.string(), version: z.number() }).nullable(),
  last7Days: z.object({ prescribed: z.number(), done: z.number(), adherencePercent: z.number().nullable() }).nullable(),
  lastPain: z.object({ pain: z.number(), on: z.string() }).nullable(),
  openFlags: z.number(),
  /** The next booked visit with the calling therapist. */
  nextVisit: z.object({ id: z.string(), start: z.string(), modality: z.enum(['IN_CLINIC', 'VIRTUAL']) }).nullable(),
});
export type TreatedPatient = z.infer<typeof treatedPatientOutput>;
