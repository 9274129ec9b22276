// The RTM month as a table: per plan, each 30-day period's days of data, the month's minutes and
// interactive communication, and the codes met or what is still missing. Shared by the admin and
// therapist pages (server component). Without the patient's RTM consent no code is met.
import Link from 'next/link';
import type { RtmReport } from '@/lib/rtm/schemas';
import { shortDate } from '@/app/_components/plans/short-date';

const OUTLOOK = { met: 'Met', 'on-track': 'On track', 'at-risk': 'About to miss', missed: 'Missed' } as const;

export function RtmTable({ report, patientLink }: { report: RtmReport; patientLink?: (patientId: string) => string }) {
  if (report.rows.length === 0) return <p className="empty">No patients on a plan of care in this month.</p>;
  return (
    // Focusable: in a narrow column the table scrolls sideways, and a keyboard must reach it.
    <div className="table-scroll" tabIndex={0} role="region" aria-label={`Remote monitoring, ${report.month}`}>
      <table className="data-table" data-testid="rtm-table">
        <caption className="sr-only">
          Remote therapeutic monitoring for {report.month}: days of data per 30-day period, management minutes and codes
        </caption>
        <thead>
          <tr>
            <th scope="col">Patient</th>
            <th scope="col">Therapist</th>
            <th scope="col">30-day periods (16 days of data)</th>
            <th scope="col">Minutes this month</th>
            <th scope="col">Interactive communication</th>
            <th scope="col">Codes met</th>
            <th scope="col">Still missing</th>
          </tr>
        </thead>
        <tbody>
          {report.rows.map((r) => (
            <tr key={r.plan.id}>
              <td>{patientLink ? <Link href={patientLink(r.patient.id)}>{r.patient.name}</Link> : r.patient.name}</td>
              <td>{r.therapist.name}</td>
              <td>
                {r.periods.length === 0 ? (
                  '–'
                ) : (
                  <ul className="bare">
                    {r.periods.map((p) => (
                      <li key={p.number}>
                        {shortDate(p.start)}–{shortDate(p.end)}:{' '}
                        <strong>{p.dataDays >= 16 ? `${p.dataDays} days (16 needed)` : `${p.dataDays} of 16 days`}</strong> ·{' '}
                        {OUTLOOK[p.outlook]}
                      </li>
                    ))}
                  </ul>
                )}
              </td>
              <td>{r.management.minutes}</td>
              <td>{r.management.interactive ? 'Yes' : 'No'}</td>
              <td>{r.codes.length ? r.codes.join(', ') : r.consent ? 'None yet' : 'None (no consent)'}</td>
              <td>
                {[
                  ...(r.consent
                    ? r.consent.withdrawnAt
                      ? [`RTM consent withdrawn ${shortDate(r.consent.withdrawnAt.slice(0, 10))}: nothing after it counts`]
                      : []
                    : ['RTM consent not recorded']),
                  ...r.periods.filter((p) => p.missing).map((p) => `98977: ${p.missing}`),
                  ...(r.management.missing ? [r.management.first ? r.management.missing : `98980: ${r.management.missing}`] : []),
                ].join('; ') || '–'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
