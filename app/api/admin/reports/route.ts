import { endpoint } from '@/lib/http';
import { reportQuery, visitReport } from '@/lib/reports/schemas';
import { loadVisitReport } from '@/lib/reports/load-visit-report';

export const GET = endpoint(
  {
    method: 'GET',
    path: '/api/admin/reports',
    tags: ['Admin'],
    auth: ['ADMIN'],
    errors: ['NOT_FOUND'],
    summary:
      'Visits per week × clinic × therapist: scheduled, completed, no-shows, cancellations, their rates, and card ' +
      'revenue net of refunds per currency. Local weeks (Monday) and dates where each visit happens; default the last ' +
      '12 weeks. Practice admins see their practice only.',
    query: reportQuery,
    response: visitReport,
  },
  ({ user, query }) => loadVisitReport(user, query),
);
