import { endpoint } from '@/lib/http';
import { licenseInput, licenseOutput, licenseParams, therapistLicensesOutput } from '@/lib/licensure/schemas';
import { listTherapistLicenses } from '@/lib/licensure/list-therapist-licenses';
import { addTherapistLicense } from '@/lib/licensure/add-therapist-license';

export const GET = endpoint(
  {
    method: 'GET',
    path: '/api/admin/therapists/{id}/licenses',
    tags: ['Admin'],
    auth: ['ADMIN'],
    summary:
      "A therapist's state licenses and PT Compact privileges (their practice's admins only), " +
      'with the upcoming video visits they do not cover on the visit date.',
    params: licenseParams,
    response: therapistLicensesOutput,
  },
  ({ user, params }) => listTherapistLicenses(user, params.id),
);

export const POST = endpoint(
  {
    method: 'POST',
    path: '/api/admin/therapists/{id}/licenses',
    tags: ['Admin'],
    auth: ['ADMIN'],
    summary: 'Add a license or compact privilege. One per state and kind: a second is 409 LICENSE_EXISTS (renew it with PATCH).',
    params: licenseParams,
    body: licenseInput,
    response: licenseOutput,
    successStatus: 201,
    errors: ['LICENSE_EXISTS'],
  },
  ({ user, params, body }) => addTherapistLicense(user, params.id, body),
);
