import { z } from 'zod';
import { endpoint } from '@/lib/http';
import { isoInstant } from '@/lib/booking/schemas';
import { patientIdOf } from '@/lib/booking/people';
import { joinWaitlist, listOwnWaitlist } from '@/lib/waitlist/join-waitlist';
import { usState } from '@/lib/licensure/state-schema';

const entryOutput = z.object({
  id: z.string(),
  status: z.string(),
  visitTypeId: z.string(),
  therapistId: z.string().nullable(),
  clinicId: z.string().nullable(),
  earliest: z
    .date()
    .transform((d) => d.toISOString())
    .pipe(z.iso.datetime()),
  latest: z
    .date()
    .transform((d) => d.toISOString())
    .pipe(z.iso.datetime()),
});

export const GET = endpoint(
  {
    method: 'GET',
    path: '/api/waitlist',
    tags: ['Waitlist'],
    auth: ['PATIENT'],
    errors: ['NOT_FOUND'],
    summary: "The patient's active waitlist requests.",
    response: z.object({ entries: z.array(entryOutput) }),
  },
  async ({ user }) => ({ entries: await listOwnWaitlist(await patientIdOf(user)) }),
);

export const POST = endpoint(
  {
    method: 'POST',
    path: '/api/waitlist',
    tags: ['Waitlist'],
    auth: ['PATIENT'],
    errors: ['INTAKE_REQUIRED', 'NOT_FOUND', 'RULE_VIOLATION'],
    summary: 'Ask to be offered an earlier time with a therapist or at a clinic, within a date range.',
    body: z.object({
      visitTypeId: z.string().min(1).max(40),
      therapistId: z.string().min(1).max(40).optional(),
      clinicId: z.string().min(1).max(40).optional(),
      earliest: isoInstant,
      latest: isoInstant,
      /** Required for a video visit type: an offer only comes from a therapist licensed in this state. */
      patientState: usState.optional(),
    }),
    response: entryOutput,
    successStatus: 201,
  },
  async ({ user, body }) => joinWaitlist({ ...body, patientId: await patientIdOf(user) }),
);
