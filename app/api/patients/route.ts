import { z } from 'zod';
import { endpoint } from '@/lib/http';
import { treatedPatientOutput } from '@/lib/plans/progress-schemas';
import { listTreatedPatients } from '@/lib/plans/list-treated-patients';

export const GET = endpoint(
  {
    method: 'GET',
    path: '/api/patients',
    tags: ['Plans'],
    auth: ['THERAPIST'],
    errors: ['NOT_FOUND'],
    summary:
      'The patients the caller treats (an appointment or a plan with them), with their open plan, adherence over ' +
      'the 7 days ending yesterday, last logged pain and open flags.',
    response: z.object({ patients: z.array(treatedPatientOutput) }),
  },
  async ({ user }) => ({ patients: await listTreatedPatients(user) }),
);
