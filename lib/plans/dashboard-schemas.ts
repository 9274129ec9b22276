// The patient dashboard's data, one answer for the whole page.
import { z } from 'zod';
import { dueOutput, scoreOutput } from '../outcomes/schemas';
import { planItemOutput, timeOfDay } from './schemas';

export const weekProgressOutput = z.object({
  weekStart: z.string(),
  prescribed: z.number(),
  done: z.number(),
  adherencePercent: z.number().nullable(),
  averagePain: z.number().nullable(),
  highestPain: z.number().nullable(),
  sessionsLogged: z.number(),
});

export const checklistItemOutput = planItemOutput.extend({
  doneToday: z.number(),
  weekDone: z.number(),
  weekPrescribed: z.number(),
  state: z.enum(['todo', 'done', 'week-done']),
});

export const patientDashboardOutput = z.object({
  today: z.string(),
  timezone: z.string(),
  nextAppointment: z
    .object({
      id: z.string(),
      start: z.string(),
      end: z.string(),
      modality: z.enum(['IN_CLINIC', 'VIRTUAL']),
      visitType: z.string(),
      therapist: z.string(),
      clinic: z.string().nullable(),
    })
    .nullable(),
  plan: z
    .object({
      id: z.string(),
      title: z.string(),
      version: z.number(),
      therapist: z.string(),
      startsOn: z.string(),
      endsOn: z.string().nullable(),
      notes: z.string(),
    })
    .nullable(),
  checklist: z.array(checklistItemOutput),
  /** Today's items by time of day in the patient's zone (an item planned twice is in both), then untimed ones. */
  timeGroups: z.array(
    z.object({
      time: z.enum([...timeOfDay.options, 'ANY']),
      heading: z.string(),
      items: z.array(z.object({ exerciseId: z.string(), name: z.string(), doneAtThisTime: z.boolean() })),
    }),
  ),
  week: z.object({ weekStart: z.string(), prescribed: z.number(), done: z.number() }).nullable(),
  streak: z.number(),
  /** Up to the last 12 weeks since the plan started, oldest first; the current week counts up to today. */
  progress: z.array(weekProgressOutput),
  questionnairesDue: z.array(dueOutput),
  scores: z.array(scoreOutput),
});

export type PatientDashboard = z.infer<typeof patientDashboardOutput>;
export type WeekProgressView = z.infer<typeof weekProgressOutput>;
export type ChecklistItemView = z.infer<typeof checklistItemOutput>;
