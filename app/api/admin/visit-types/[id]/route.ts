import { endpoint } from '@/lib/http';
import { adminVisitTypeOutput, updateVisitTypeInput, visitTypeIdParams } from '@/lib/visit-types/schemas';
import { updateVisitType } from '@/lib/visit-types/update-visit-type';

export const PATCH = endpoint(
  {
    method: 'PATCH',
    path: '/api/admin/visit-types/{id}',
    tags: ['Admin'],
    auth: ['ADMIN'],
    summary: "Edit a visit type or switch it off (another practice's → 404; network-wide by a practice admin → 403).",
    params: visitTypeIdParams,
    body: updateVisitTypeInput,
    response: adminVisitTypeOutput,
  },
  ({ user, params, body }) => updateVisitType(user, params.id, body),
);
