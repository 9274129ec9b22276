import { endpoint } from '@/lib/http';
import { idParams } from '@/lib/plans/schemas';
import { patientProgressOutput } from '@/lib/plans/progress-schemas';
import { loadPatientProgress } from '@/lib/plans/load-patient-progress';

export const GET = endpoint(
  {
    method: 'GET',
    path: '/api/patients/{id}/progress',
    tags: ['Plans'],
    auth: ['THERAPIST', 'ADMIN'],
    summary:
      'How a patient is doing: the current plan and its history, adherence and pain week by week, ODI and NPRS ' +
      'scores, recent logs and flags. For a therapist who treats them (404 otherwise).',
    params: idParams,
    response: patientProgressOutput,
  },
  ({ user, params }) => loadPatientProgress(user, params.id),
);
