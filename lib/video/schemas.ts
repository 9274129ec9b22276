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
