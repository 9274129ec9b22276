import { z } from 'zod';
import { endpoint } from '@/lib/http';
import { adminVisitTypeOutput, createVisitTypeInput } from '@/lib/visit-types/schemas';
import { createVisitType } from '@/lib/visit-types/create-visit-type';
import { listManagedVisitTypes } from '@/lib/visit-types/find-managed-visit-type';

export const GET = endpoint(
  {
    method: 'GET',
    path: '/api/admin/visit-types',
    tags: ['Admin'],
    auth: ['ADMIN'],
    errors: ['NOT_FOUND'],
    summary: "Visit types the admin sees: network-wide ones and their practice's, inactive ones included.",
    response: z.object({ visitTypes: z.array(adminVisitTypeOutput) }),
  },
  async ({ user }) => ({ visitTypes: await listManagedVisitTypes(user) }),
);

export const POST = endpoint(
  {
    method: 'POST',
    path: '/api/admin/visit-types',
    tags: ['Admin'],
    auth: ['ADMIN'],
    errors: ['CONFLICT', 'NOT_FOUND'],
    summary:
      'Create a visit type (duration, price in cents, modality, booking rules, cancellation policy). practiceId null = network-wide.',
    body: createVisitTypeInput,
    response: adminVisitTypeOutput,
    successStatus: 201,
  },
  ({ user, body }) => createVisitType(user, body),
);
