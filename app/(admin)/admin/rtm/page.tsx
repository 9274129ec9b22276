import type { Metadata } from 'next';
import { requireRole } from '@/lib/auth/guards';
import { loadRtmReport } from '@/lib/rtm/load-rtm-report';
import type { SearchParams } from '@/app/_components/search-params';
import { RtmTable } from '@/app/_components/rtm/rtm-table';
import { pickMonth } from '@/app/_components/rtm/rtm-month';
import { loadPracticeRtmSettings } from '@/lib/rtm/update-practice-rtm-settings';
import { RtmSettingForm } from '@/app/_components/rtm/rtm-setting-form';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Remote monitoring' };

export default async function AdminRtmPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const [user, params] = await Promise.all([requireRole('ADMIN', '/admin/rtm'), searchParams]);
  const { month, problem } = pickMonth(params);
  const [report, settings] = await Promise.all([loadRtmReport(user, month), loadPracticeRtmSettings(user)]);
  return (
    <div className="stack">
      <div>
        <h1>Remote monitoring</h1>
        <p className="lead">
          Remote therapeutic monitoring {user.practiceId ? 'for your practice' : 'across the network'}: 98977 needs 16 days of
          patient-reported data in a 30-day period (98975 once, with the first); 98980 needs 20 minutes of treatment management in
          the month with an interactive communication, 98981 each further 20 minutes. No code is billable before the
          patient&rsquo;s consent is recorded (on the patient&rsquo;s page), and nothing after a withdrawal of it counts.
          Practices that switched remote monitoring off are not listed.
        </p>
      </div>
      {problem && (
        <p className="notice" role="status">
          {problem}
        </p>
      )}
      <form className="card filters" method="get" aria-label="Month">
        <p className="field">
          <label htmlFor="rtm-month">Month</label>
          <input id="rtm-month" name="month" type="month" defaultValue={report.month} required />
        </p>
        <p className="actions">
          <button type="submit">Show</button>{' '}
          <a className="button button-secondary" href={`/api/admin/rtm/csv?month=${report.month}`} download>
            Download CSV
          </a>
        </p>
      </form>
      {settings && <RtmSettingForm {...settings} />}
      {settings && !settings.rtmEnabled && (
        <p className="notice" data-testid="rtm-off">
          Remote monitoring is switched off for your practice: none of its patients are listed.
        </p>
      )}
      <RtmTable report={report} />
    </div>
  );
}
