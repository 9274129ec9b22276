import { z } from 'zod';
import { endpoint } from '@/lib/http';
import { listVisitTypes } from '@/lib/clinics/list-visit-types';

const visitType = z.object({
  id: z.string(),
  slug: z.string(),
  name: z.string(),
  description: z.string(),
  durationMinutes: z.number(),
  priceCents: z.number(),
  currency: z.string(),
  modality: z.enum(['IN_CLINIC', 'VIRTUAL']),
  practiceId: z.string().nullable(),
  freeCancellationHours: z.number(),
  lateCancellationFeeCents: z.number(),
});

export const GET = endpoint(
  {
    method: 'GET',
    path: '/api/visit-types',
    tags: ['Scheduling'],
    auth: 'public',
    summary: 'Visit types that can be booked, with duration, price and cancellation policy.',
    response: z.object({ visitTypes: z.array(visitType) }),
  },
  async () => ({ visitTypes: await listVisitTypes() }),
);
