// What goes in and out of the visit-note routes. Lengths match the database checks.
import { z } from 'zod';

const section = z.string().max(20_000, 'Each section can be at most 20,000 characters.');

export const noteDraftInput = z
  .object({
    subjective: section,
    objective: section,
    assessment: section,
    plan: section,
    /** The version the editor started from (the note's updatedAt); absent for the first save. */
    expectedUpdatedAt: z.iso.datetime().nullable().optional(),
  })
  .strict();
export type NoteDraftInput = z.infer<typeof noteDraftInput>;

export const signNoteInput = z
  .object({
    /** The version the therapist read before signing: a sign never covers text they did not see. */
    expectedUpdatedAt: z.iso.datetime(),
  })
  .strict();

export const addendumInput = z
  .object({
    text: z.string().trim().min(1, 'Write the addendum.').max(10_000, 'An addendum can be at most 10,000 characters.'),
  })
  .strict();

export const addendumOutput = z.object({
  id: z.string(),
  text: z.string(),
  author: z.object({ id: z.string(), name: z.string() }),
  createdAt: z.string(),
});
export type AddendumView = z.infer<typeof addendumOutput>;

export const noteOutput = z.object({
  id: z.string(),
  appointmentId: z.string(),
  patientId: z.string(),
  therapist: z.object({ id: z.string(), name: z.string() }),
  subjective: z.string(),
  objective: z.string(),
  assessment: z.string(),
  plan: z.string(),
  status: z.enum(['DRAFT', 'SIGNED']),
  signedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  addenda: z.array(addendumOutput),
});
export type NoteView = z.infer<typeof noteOutput>;

export const noteSummaryOutput = z.object({
  id: z.string(),
  appointmentId: z.string(),
  visitStart: z.string(),
  visitType: z.string(),
  therapist: z.string(),
  status: z.enum(['DRAFT', 'SIGNED']),
  signedAt: z.string().nullable(),
  addenda: z.number(),
});
export type NoteSummary = z.infer<typeof noteSummaryOutput>;
