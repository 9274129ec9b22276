import { endpoint } from '@/lib/http';
import { rtmQuery } from '@/lib/rtm/schemas';
import { loadRtmReport } from '@/lib/rtm/load-rtm-report';
import { rtmCsv } from '@/lib/rtm/rtm-csv';

export const GET = endpoint(
  {
    method: 'GET',
    path: '/api/admin/rtm/csv',
    tags: ['Admin'],
    auth: ['ADMIN'],
    media: 'text/csv',
    summary: 'The RTM report (same month as /api/admin/rtm) as a CSV download, one row per plan and 30-day period.',
    query: rtmQuery,
  },
  async ({ user, query }) => {
    const report = await loadRtmReport(user, query.month);
    return new Response(rtmCsv(report), {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="rehabit-rtm-${report.month}.csv"`,
        'Cache-Control': 'no-store',
      },
    });
  },
);
