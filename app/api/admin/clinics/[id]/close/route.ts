import { endpoint } from '@/lib/http';
import { clinicIdParams, closeClinicOutput } from '@/lib/clinics/clinic-admin-schemas';
import { closeClinic } from '@/lib/clinics/close-clinic';

export const POST = endpoint(
  {
    method: 'POST',
    path: '/api/admin/clinics/{id}/close',
    tags: ['Admin'],
    auth: ['ADMIN'],
    errors: ['CONFLICT'],
    summary:
      'Close a clinic: kept for history, never bookable again. 409 (listing them) while upcoming visits are booked there. ' +
      'Therapists based there lose their home clinic (listed in homeClinicCleared).',
    params: clinicIdParams,
    response: closeClinicOutput,
  },
  ({ user, params }) => closeClinic(user, params.id),
);
