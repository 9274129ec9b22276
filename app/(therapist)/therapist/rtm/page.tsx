import type { Metadata } from 'next';
import { requireRole } from '@/lib/auth/guards';
import { loadRtmReport } from '@/lib/rtm/load-rtm-report';
import type { SearchParams } from '@/app/_components/search-params';
import { RtmTable } from '@/app/_components/rtm/rtm-table';
import { pickMonth } from '@/app/_components/rtm/rtm-month';
import { therapistOf } from '@/lib/plans/therapist-of';
import { therapistPracticeRtmEnabled } from '@/lib/rtm/practice-rtm-enabled';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Remote monitoring' };

export default async function TherapistRtmPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const [user, params] = await Promise.all([requireRole('THERAPIST', '/therapist/rtm'), searchParams]);
  const { month, problem } = pickMonth(params);
  const therapist = await therapistOf(user);
  const [report, rtmOn] = await Promise.all([loadRtmReport(user, month), therapistPracticeRtmEnabled({ id: therapist.id })]);
  const atRisk = report.rows.filter((r) => r.periods.some((p) => p.outlook === 'at-risk'));
  return (
    <div className="stack">
      <div>
        <h1>Remote monitoring</h1>
        <p className="lead">
          Your patients&rsquo; progress toward the monitoring thresholds: 16 days of data in each 30-day period, and 20 minutes of
          your time with an interactive communication each month.
        </p>
      </div>
      {!rtmOn && (
        <p className="notice" data-testid="rtm-off">
          Your practice has switched remote monitoring off: no patient is monitored or billed for it.
        </p>
      )}
      {problem && (
        <p className="notice" role="status">
          {problem}
        </p>
      )}
      {atRisk.length > 0 && (
        <p className="notice" data-testid="rtm-at-risk">
          About to miss 16 days: {atRisk.map((r) => r.patient.name).join(', ')}.
        </p>
      )}
      <form className="card filters" method="get" aria-label="Month">
        <p className="field">
          <label htmlFor="rtm-month">Month</label>
          <input id="rtm-month" name="month" type="month" defaultValue={report.month} required />
        </p>
        <p className="actions">
          <button type="submit">Show</button>
        </p>
      </form>
      <RtmTable report={report} patientLink={(id) => `/therapist/patients/${id}`} />
    </div>
  );
}
