import { z } from 'zod';
import { endpoint } from '@/lib/http';
import { adminClinicOutput, createClinicInput } from '@/lib/clinics/clinic-admin-schemas';
import { createClinic } from '@/lib/clinics/create-clinic';
import { listManagedClinics } from '@/lib/clinics/find-managed-clinic';

export const GET = endpoint(
  {
    method: 'GET',
    path: '/api/admin/clinics',
    tags: ['Admin'],
    auth: ['ADMIN'],
    errors: ['NOT_FOUND'],
    summary: 'Clinics the admin manages, open ones first (closed ones stay listed for history).',
    response: z.object({ clinics: z.array(adminClinicOutput) }),
  },
  async ({ user }) => ({ clinics: await listManagedClinics(user) }),
);

export const POST = endpoint(
  {
    method: 'POST',
    path: '/api/admin/clinics',
    tags: ['Admin'],
    auth: ['ADMIN'],
    errors: ['CONFLICT', 'NOT_FOUND'],
    summary: 'Open a clinic in a practice the admin manages.',
    body: createClinicInput,
    response: adminClinicOutput,
    successStatus: 201,
  },
  ({ user, body }) => createClinic(user, body),
);
