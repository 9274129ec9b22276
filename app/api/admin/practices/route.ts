import { z } from 'zod';
import { endpoint } from '@/lib/http';
import { listPractices } from '@/lib/clinics/list-practices';

const practiceOutput = z.object({
  id: z.string(),
  slug: z.string(),
  name: z.string(),
  brand: z.string(),
  therapistCount: z.number(),
  clinics: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      city: z.string(),
      state: z.string(),
      timezone: z.string(),
      active: z.boolean(),
    }),
  ),
});

export const GET = endpoint(
  {
    method: 'GET',
    path: '/api/admin/practices',
    tags: ['Admin'],
    auth: ['ADMIN'],
    summary: 'Practices and their clinics that the admin manages (a practice admin sees only their own).',
    response: z.object({ practices: z.array(practiceOutput) }),
  },
  async ({ user }) => ({ practices: await listPractices(user) }),
);
