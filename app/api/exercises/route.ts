import { z } from 'zod';
import { endpoint } from '@/lib/http';
import { exerciseInput, exerciseOutput, exerciseQuery } from '@/lib/exercises/schemas';
import { listExercises } from '@/lib/exercises/list-exercises';
import { createExercise } from '@/lib/exercises/create-exercise';

export const GET = endpoint(
  {
    method: 'GET',
    path: '/api/exercises',
    tags: ['Exercises'],
    auth: ['THERAPIST', 'ADMIN'],
    summary:
      "The exercise library the caller sees (the starter library and their practice's own), searched by name " +
      'or purpose and filtered by condition, body region and category.',
    query: exerciseQuery,
    response: z.object({ exercises: z.array(exerciseOutput) }),
  },
  async ({ user, query }) => ({ exercises: await listExercises(user, query) }),
);

export const POST = endpoint(
  {
    method: 'POST',
    path: '/api/exercises',
    tags: ['Exercises'],
    auth: ['THERAPIST', 'ADMIN'],
    summary: "Add an exercise to the caller's practice library (a network admin adds to the shared starter library).",
    body: exerciseInput,
    response: exerciseOutput,
    successStatus: 201,
  },
  ({ user, body }) => createExercise(user, body),
);
