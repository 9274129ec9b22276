import { z } from 'zod';
import { endpoint } from '@/lib/http';
import { listBookableTherapists } from '@/lib/clinics/list-bookable-therapists';
import { usState } from '@/lib/licensure/state-schema';

const therapist = z.object({
  id: z.string(),
  name: z.string(),
  credentials: z.string(),
  bio: z.string(),
  specialties: z.array(z.string()),
  timezone: z.string(),
  offersVirtual: z.boolean(),
  clinic: z.object({ id: z.string(), name: z.string(), city: z.string(), state: z.string() }).nullable(),
});

export const GET = endpoint(
  {
    method: 'GET',
    path: '/api/therapists',
    tags: ['Scheduling'],
    auth: 'public',
    summary:
      'Therapists a patient can book, optionally at one clinic or by video; with virtual=true and patientState, ' +
      'only those licensed in that state today.',
    query: z.object({
      clinicId: z.string().min(1).max(40).optional(),
      virtual: z.enum(['true', 'false']).optional(),
      patientState: usState.optional(),
    }),
    response: z.object({ therapists: z.array(therapist) }),
  },
  async ({ query }) => ({
    therapists: await listBookableTherapists({
      clinicId: query.clinicId,
      virtual: query.virtual === 'true',
      patientState: query.patientState,
    }),
  }),
);
