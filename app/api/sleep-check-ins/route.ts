import { endpoint } from '@/lib/http';
import { sleepCheckInInput, sleepLogOutput } from '@/lib/sleep/schemas';
import { logSleepCheckIn } from '@/lib/sleep/log-sleep-check-in';

export const POST = endpoint(
  {
    method: 'POST',
    path: '/api/sleep-check-ins',
    tags: ['Plans'],
    auth: ['PATIENT'],
    summary:
      "Log today's sleep check-in (your today, in your zone): pain when lying down 0–10, times woken by pain, hours slept " +
      '(in half hours). Logging again the same day replaces it. Night pain 2+ worse week on week flags it for your therapist.',
    body: sleepCheckInInput,
    response: sleepLogOutput,
    successStatus: 201,
  },
  ({ user, body }) => logSleepCheckIn(user, body),
);
