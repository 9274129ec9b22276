import { endpoint } from '@/lib/http';
import { rtmQuery, rtmReport } from '@/lib/rtm/schemas';
import { loadRtmReport } from '@/lib/rtm/load-rtm-report';

export const GET = endpoint(
  {
    method: 'GET',
    path: '/api/admin/rtm',
    tags: ['Admin'],
    auth: ['ADMIN'],
    summary:
      'Remote therapeutic monitoring for a month (`YYYY-MM`, default this month): per plan of care, the 30-day ' +
      "periods with their days of data (16 needed for 98977; 98975 once with the first), the therapist's management " +
      'minutes and whether an interactive communication happened (98980 at 20 minutes, 98981 per further 20), the ' +
      'codes met and what is missing. Practice admins see their practice only; practices that switched RTM off are left out.',
    query: rtmQuery,
    response: rtmReport,
  },
  ({ user, query }) => loadRtmReport(user, query.month),
);
