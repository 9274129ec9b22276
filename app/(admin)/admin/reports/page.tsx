import type { Metadata } from 'next';
import { requireRole } from '@/lib/auth/guards';
import { AppError } from '@/lib/errors';
import { loadVisitReport } from '@/lib/reports/load-visit-report';
import { listReportClinics } from '@/lib/reports/list-report-clinics';
import { formatRate } from '@/lib/reports/report-math';
import { reportQuery, type Money, type ReportQuery, type VisitReport } from '@/lib/reports/schemas';
import { formatMoney } from '@/app/_components/format';
import type { SearchParams } from '@/app/_components/search-params';
import { ReportCharts } from './report-charts';
import { formatDay, formatDayRange } from '@/app/_components/plans/short-date';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Reports' };

const one = (v: string | string[] | undefined) => (typeof v === 'string' && v !== '' ? v : undefined);
const moneyText = (revenue: Money[]) => (revenue.length ? revenue.map((m) => formatMoney(m.cents, m.currency)).join(' + ') : '–');

async function loadReport(
  user: Awaited<ReturnType<typeof requireRole>>,
  params: SearchParams,
): Promise<{ report: VisitReport; problem: string }> {
  const parsed = reportQuery.safeParse({ from: one(params.from), to: one(params.to), clinicId: one(params.clinicId) });
  const query: ReportQuery = parsed.success ? parsed.data : {};
  const problem = parsed.success ? '' : 'Those dates are not valid; showing the last 12 weeks instead.';
  try {
    return { report: await loadVisitReport(user, query), problem };
  } catch (err) {
    if (!(err instanceof AppError) || (err.code !== 'VALIDATION_FAILED' && err.code !== 'NOT_FOUND')) throw err;
    return {
      report: await loadVisitReport(user, {}),
      problem: `${err.message} Showing the last 12 weeks for all clinics instead.`,
    };
  }
}

export default async function AdminReportsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  // The layout guards too, but pages and layouts render in parallel: the page checks for itself.
  const [user, params] = await Promise.all([requireRole('ADMIN', '/admin/reports'), searchParams]);
  const [{ report, problem }, clinics] = await Promise.all([loadReport(user, params), listReportClinics(user)]);
  const csvQuery = new URLSearchParams({
    from: report.from,
    to: report.to,
    ...(report.clinicId ? { clinicId: report.clinicId } : {}),
  });
  const t = report.totals;
  return (
    <div className="stack">
      <div>
        <h1>Reports</h1>
        <p className="lead">
          Visits, no-shows, cancellations and revenue {user.practiceId ? 'for your practice' : 'across the network'}, week by
          week. Weeks start on Monday, in the local time of each clinic (video visits: the therapist&rsquo;s time).
        </p>
      </div>
      <form className="card filters" method="get" aria-label="Report filters">
        <p className="field">
          <label htmlFor="report-from">From</label>
          <input id="report-from" name="from" type="date" defaultValue={report.from} required />
        </p>
        <p className="field">
          <label htmlFor="report-to">To</label>
          <input id="report-to" name="to" type="date" defaultValue={report.to} required />
        </p>
        <p className="field">
          <label htmlFor="report-clinic">Clinic</label>
          <select id="report-clinic" name="clinicId" defaultValue={report.clinicId ?? ''}>
            <option value="">All clinics and video visits</option>
            {clinics.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </p>
        <p>
          <button type="submit">Show report</button>
        </p>
      </form>
      {problem && (
        <p className="notice" role="status">
          {problem}
        </p>
      )}
      <section className="card" aria-labelledby="report-totals-heading">
        <h2 id="report-totals-heading">{formatDayRange(report.from, report.to)}</h2>
        <dl className="details">
          <div>
            <dt>Scheduled</dt>
            <dd>{t.scheduled}</dd>
          </div>
          <div>
            <dt>Completed</dt>
            <dd>{t.completed}</dd>
          </div>
          <div>
            <dt>No-show rate</dt>
            <dd>
              {formatRate(t.noShowRate)} ({t.noShows} missed)
            </dd>
          </div>
          <div>
            <dt>Cancellation rate</dt>
            <dd>
              {formatRate(t.cancellationRate)} ({t.cancellations} cancelled)
            </dd>
          </div>
          <div>
            <dt>Revenue (card, net of refunds)</dt>
            <dd className="amount">{moneyText(t.revenue)}</dd>
          </div>
        </dl>
        <p>
          <a className="button button-secondary" href={`/api/admin/reports/csv?${csvQuery}`} download>
            Download CSV
          </a>
        </p>
      </section>
      {report.weeks.length === 0 ? (
        <p className="empty">No visits in this range.</p>
      ) : (
        <>
          <section aria-labelledby="report-charts-heading">
            <h2 id="report-charts-heading">Week by week</h2>
            <ReportCharts weeks={report.weeks} />
          </section>
          <section aria-labelledby="report-detail-heading">
            <h2 id="report-detail-heading">By clinic and therapist</h2>
            <div className="table-scroll">
              <table className="data-table">
                <caption>Visits per week, clinic and therapist</caption>
                <thead>
                  <tr>
                    <th scope="col">Week of</th>
                    <th scope="col">Clinic</th>
                    <th scope="col">Therapist</th>
                    <th scope="col">Scheduled</th>
                    <th scope="col">Completed</th>
                    <th scope="col">No-shows</th>
                    <th scope="col">Cancelled</th>
                    <th scope="col">No-show rate</th>
                    <th scope="col">Cancellation rate</th>
                    <th scope="col">Revenue</th>
                  </tr>
                </thead>
                <tbody>
                  {report.rows.map((r) => (
                    <tr key={`${r.weekStart}-${r.clinic?.id ?? 'video'}-${r.therapist.id}`}>
                      <th scope="row" className="nowrap">
                        {formatDay(r.weekStart)}
                      </th>
                      <td>{r.clinic?.name ?? 'Video visits'}</td>
                      <td>{r.therapist.name}</td>
                      <td>{r.scheduled}</td>
                      <td>{r.completed}</td>
                      <td>{r.noShows}</td>
                      <td>{r.cancellations}</td>
                      <td>{formatRate(r.noShowRate)}</td>
                      <td>{formatRate(r.cancellationRate)}</td>
                      <td>{moneyText(r.revenue)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        </>
      )}
      <p>
        Scheduled counts every visit that was booked (holds that were never paid for are left out). No-show rate: missed visits
        out of completed plus missed. Cancellation rate: cancelled out of scheduled. Revenue is counted in the week of the visit;
        insurance claims are billed outside Rehabit and not included.
      </p>
    </div>
  );
}
