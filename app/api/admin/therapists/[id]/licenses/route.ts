import { endpoint } from '@/lib/http';
import { licenseInput, licenseOutput, licenseParams, therapistLicensesOutput } from '@/lib/licensure/schemas';
import { listTherapistLicenses } from '@/lib/licensure/list-therapist-licenses';
import { saveTherapistLicense } from '@/lib/licensure/save-therapist-license';

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
    summary: 'Add a license or compact privilege, or renew the one of the same state and kind (number, expiry).',
    params: licenseParams,
    body: licenseInput,
    response: licenseOutput,
  },
  ({ user, params, body }) => saveTherapistLicense(user, params.id, body),
);
