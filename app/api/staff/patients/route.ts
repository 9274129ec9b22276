import { z } from 'zod';
import { endpoint } from '@/lib/http';
import { searchBookablePatients } from '@/lib/booking/search-bookable-patients';

export const GET = endpoint(
  {
    method: 'GET',
    path: '/api/staff/patients',
    tags: ['Appointments'],
    auth: ['THERAPIST', 'ADMIN'],
    summary:
      'Patients to book, found by name: those in the caller’s care (a therapist’s own, a practice admin’s practice’s), ' +
      'at most 20, by name. Each search is recorded as a read of those patients’ records.',
    // % _ and \ are LIKE's wildcards and escape: refused, so "%%" cannot list every patient.
    query: z.object({
      name: z
        .string()
        .trim()
        .min(2, 'must be at least 2 letters')
        .max(100)
        .regex(/^[^%_\\]*$/, 'may not contain % _ or \\'),
    }),
    errors: ['RATE_LIMITED'],
    response: z.object({ patients: z.array(z.object({ id: z.string(), name: z.string(), dateOfBirth: z.string() })) }),
  },
  async ({ user, query }) => ({ patients: await searchBookablePatients(user, query.name) }),
);
