import { z } from 'zod';
import { email, ianaZone, password, personName } from '../accounts/schemas';

const id = z.string().min(1).max(40);

export const inviteTherapistInput = z.object({
  name: personName,
  email,
  practiceId: id,
  clinicId: id.nullable().default(null),
  timezone: ianaZone,
  offersVirtual: z.boolean().default(false),
  credentials: z.string().trim().min(1).max(60).default('PT, DPT'),
});
export type InviteTherapistInput = z.infer<typeof inviteTherapistInput>;

export const updateTherapistInput = z
  .object({
    /** Home clinic within the therapist's practice; null = virtual only. */
    clinicId: id.nullable(),
  })
  .strict();
export type UpdateTherapistInput = z.infer<typeof updateTherapistInput>;

export const therapistIdParams = z.object({ id });

export const passwordSetupInput = z.object({
  token: z.string().min(20).max(200),
  password,
});

export const invitedTherapistOutput = z.object({
  userId: z.string(),
  therapistId: z.string(),
  email: z.string(),
  name: z.string(),
  inviteExpiresAt: z.string(),
});

export const inviteState = z.enum(['PASSWORD_SET', 'PENDING', 'EXPIRED']);

export const adminTherapistOutput = z.object({
  id: z.string(),
  userId: z.string(),
  name: z.string(),
  email: z.string(),
  credentials: z.string(),
  timezone: z.string(),
  offersVirtual: z.boolean(),
  active: z.boolean(),
  practice: z.object({ id: z.string(), name: z.string() }),
  clinic: z.object({ id: z.string(), name: z.string() }).nullable(),
  invite: inviteState,
});
export type AdminTherapist = z.infer<typeof adminTherapistOutput>;

export const appointmentToReassignOutput = z.object({
  id: z.string(),
  start: z.string(),
  end: z.string(),
  /** The zone the time is shown in: the clinic's, or the therapist's for a video visit. */
  timezone: z.string(),
  status: z.enum(['HELD', 'BOOKED']),
  modality: z.enum(['IN_CLINIC', 'VIRTUAL']),
  visitTypeName: z.string(),
  clinicName: z.string().nullable(),
  patient: z.object({ name: z.string(), email: z.string(), phone: z.string().nullable() }),
});
export type AppointmentToReassign = z.infer<typeof appointmentToReassignOutput>;

export const reassignInput = z.object({ therapistId: id });
export type ReassignInput = z.infer<typeof reassignInput>;
