import { endpoint } from '@/lib/http';
import { idParams } from '@/lib/plans/schemas';
import { sleepTrendOutput } from '@/lib/sleep/schemas';
import { loadSleepTrend } from '@/lib/sleep/load-sleep-trend';

export const GET = endpoint(
  {
    method: 'GET',
    path: '/api/patients/{id}/sleep-check-ins',
    tags: ['Plans'],
    auth: ['PATIENT', 'THERAPIST', 'ADMIN'],
    errors: ['NOT_FOUND'],
    summary:
      "A patient's sleep check-ins over the last 28 days and their night-pain trend week on week. For the patient " +
      'themselves and staff in their care (404 otherwise).',
    params: idParams,
    response: sleepTrendOutput,
  },
  ({ user, params }) => loadSleepTrend(user, params.id),
);
