import { endpoint } from '@/lib/http';
import { patientDashboardOutput } from '@/lib/plans/dashboard-schemas';
import { loadPatientDashboard } from '@/lib/plans/load-patient-dashboard';

export const GET = endpoint(
  {
    method: 'GET',
    path: '/api/patient-dashboard',
    tags: ['Plans'],
    auth: ['PATIENT'],
    summary:
      "The patient dashboard's data: next appointment, today's exercises with what is left, this week's adherence, " +
      'the streak, 12 weeks of adherence and pain, questionnaires due and scores so far.',
    response: patientDashboardOutput,
  },
  ({ user }) => loadPatientDashboard(user),
);
