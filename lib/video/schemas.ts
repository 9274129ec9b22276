import { z } from 'zod';

export const participantInput = z.object({
  /** The participant's LiveKit identity (our user id), as listed by GET …/video-participants. */
  identity: z.string().min(1).max(64),
});

export const videoTokenOutput = z.object({
  token: z.string(),
  url: z.string(),
  room: z.string(),
  identity: z.string(),
  expiresAt: z.string(),
});

const role = z.enum(['PATIENT', 'THERAPIST']);

export const videoParticipantOutput = z.object({
  identity: z.string(),
  name: z.string(),
  role: role.nullable(),
  /** When this connection joined the room (ISO). */
  joinedAt: z.string(),
  /** Admitted from the waiting room: may publish and subscribe. */
  admitted: z.boolean(),
});
export type VideoParticipant = z.infer<typeof videoParticipantOutput>;

export const attendanceOutput = z.object({
  role,
  name: z.string(),
  joinedAt: z.string(),
  leftAt: z.string().nullable(),
});
export type AttendanceView = z.infer<typeof attendanceOutput>;

export const videoSummaryOutput = z.object({
  roomFinishedAt: z.string().nullable(),
  videoSeconds: z.number().nullable(),
  patientJoined: z.boolean(),
  needsNoShowReview: z.boolean(),
  attendance: z.array(attendanceOutput),
});
export type VideoSummary = z.infer<typeof videoSummaryOutput>;

/** In-call chat: a short text (the database refuses more than 1,000 characters too). */
export const MAX_VISIT_CHAT_LENGTH = 1000;

export const visitChatInput = z.object({
  body: z.string().trim().min(1, 'is required').max(MAX_VISIT_CHAT_LENGTH),
  /** The therapist shares an exercise of the patient's open plan with them (a plan item id). */
  planItemId: z.string().min(1).max(40).optional(),
});
export type VisitChatInput = z.infer<typeof visitChatInput>;

export const visitChatMessageOutput = z.object({
  id: z.string(),
  senderRole: role,
  senderName: z.string(),
  body: z.string(),
  /** A shared exercise, with the patient's page for it. */
  exercise: z.object({ planItemId: z.string(), name: z.string(), href: z.string() }).nullable(),
  sentAt: z.string(),
});
export type VisitChatMessage = z.infer<typeof visitChatMessageOutput>;

export const visitChatOutput = z.object({
  messages: z.array(visitChatMessageOutput),
  /** For the therapist: the exercises of the patient's open plans with them, to share. Empty for the patient. */
  shareableExercises: z.array(z.object({ planItemId: z.string(), name: z.string() })),
});
export type VisitChat = z.infer<typeof visitChatOutput>;
