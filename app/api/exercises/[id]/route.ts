import { endpoint } from '@/lib/http';
import { exerciseIdParams, exerciseOutput, exerciseUpdateInput } from '@/lib/exercises/schemas';
import { findExercise } from '@/lib/exercises/find-exercise';
import { updateExercise } from '@/lib/exercises/update-exercise';

export const GET = endpoint(
  {
    method: 'GET',
    path: '/api/exercises/{id}',
    tags: ['Exercises'],
    auth: ['THERAPIST', 'ADMIN'],
    summary: "One exercise from the caller's library (another practice's own exercise is 404).",
    params: exerciseIdParams,
    response: exerciseOutput,
  },
  ({ user, params }) => findExercise(user, params.id),
);

export const PATCH = endpoint(
  {
    method: 'PATCH',
    path: '/api/exercises/{id}',
    tags: ['Exercises'],
    auth: ['THERAPIST', 'ADMIN'],
    summary:
      "Edit or archive (`active: false`) one of the practice's own exercises; the starter library is the network admins' (403).",
    params: exerciseIdParams,
    body: exerciseUpdateInput,
    response: exerciseOutput,
  },
  ({ user, params, body }) => updateExercise(user, params.id, body),
);
