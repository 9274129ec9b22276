import { endpoint } from '@/lib/http';
import { flagOutput } from '@/lib/flags/schemas';
import { idParams } from '@/lib/plans/schemas';
import { acknowledgeFlag } from '@/lib/flags/acknowledge-flag';

export const POST = endpoint(
  {
    method: 'POST',
    path: '/api/flags/{id}/acknowledge',
    tags: ['Outcomes'],
    auth: ['THERAPIST'],
    summary: 'Mark a flag as seen (a therapist who treats the patient; 404 otherwise). Repeating it changes nothing.',
    params: idParams,
    response: flagOutput,
  },
  ({ user, params }) => acknowledgeFlag(user, params.id),
);
