import { z } from 'zod';
import { endpoint } from '@/lib/http';
import { flagOutput } from '@/lib/flags/schemas';
import { listOpenFlags } from '@/lib/flags/list-open-flags';

export const GET = endpoint(
  {
    method: 'GET',
    path: '/api/flags',
    tags: ['Outcomes'],
    auth: ['THERAPIST'],
    errors: ['NOT_FOUND'],
    summary:
      'Flags on your patients not yet acknowledged: ODI worse by 10+, pain worse by 2+, adherence under 50 % over ' +
      '7 days, a logged pain of 8+.',
    response: z.object({ flags: z.array(flagOutput) }),
  },
  async ({ user }) => ({ flags: await listOpenFlags(user) }),
);
