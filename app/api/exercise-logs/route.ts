import { endpoint } from '@/lib/http';
import { logInput, logOutput } from '@/lib/plans/schemas';
import { logExercise } from '@/lib/plans/log-exercise';

export const POST = endpoint(
  {
    method: 'POST',
    path: '/api/exercise-logs',
    tags: ['Plans'],
    auth: ['PATIENT'],
    errors: ['EXERCISE_NOT_IN_PLAN', 'TIME_OF_DAY_NOT_IN_PLAN', 'NOT_FOUND'],
    summary:
      'Log one session of an exercise in your current plan, for today: sets and reps done, pain 0–10, difficulty, ' +
      'an optional comment and the time of day it was for (one the item is planned at). 422 EXERCISE_NOT_IN_PLAN for an exercise not in the plan today, 422 TIME_OF_DAY_NOT_IN_PLAN for a time it is not planned at. A pain of 8+ flags it for your therapist.',
    body: logInput,
    response: logOutput,
    successStatus: 201,
  },
  ({ user, body }) => logExercise(user, body),
);
