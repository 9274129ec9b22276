import { endpoint } from '@/lib/http';
import { adminClinicOutput, clinicIdParams, updateClinicInput } from '@/lib/clinics/clinic-admin-schemas';
import { updateClinic } from '@/lib/clinics/update-clinic';

export const PATCH = endpoint(
  {
    method: 'PATCH',
    path: '/api/admin/clinics/{id}',
    tags: ['Admin'],
    auth: ['ADMIN'],
    errors: ['CONFLICT'],
    summary: "Edit a clinic's name, address, coordinates, zone, phone or hours (another practice's clinic → 404).",
    params: clinicIdParams,
    body: updateClinicInput,
    response: adminClinicOutput,
  },
  ({ user, params, body }) => updateClinic(user, params.id, body),
);
