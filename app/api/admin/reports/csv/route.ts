import { endpoint } from '@/lib/http';
import { reportQuery } from '@/lib/reports/schemas';
import { loadVisitReport } from '@/lib/reports/load-visit-report';
import { reportCsv } from '@/lib/reports/report-csv';

export const GET = endpoint(
  {
    method: 'GET',
    path: '/api/admin/reports/csv',
    tags: ['Admin'],
    auth: ['ADMIN'],
    errors: ['NOT_FOUND'],
    media: 'text/csv',
    summary: 'The visit report (same filters as /api/admin/reports) as a CSV download, one row per week × clinic × therapist.',
    query: reportQuery,
  },
  async ({ user, query }) => {
    const report = await loadVisitReport(user, query);
    return new Response(reportCsv(report), {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="rehabit-visits-${report.from}-to-${report.to}.csv"`,
        'Cache-Control': 'no-store',
      },
    });
  },
);
