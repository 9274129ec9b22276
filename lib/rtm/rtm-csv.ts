// The RTM report as CSV, one row per plan and 30-day period overlapping the month (a plan with no
// period in the month yet still gets one row for its minutes). Same quoting and formula guard as
// the visit report. Without RTM consent the codes column is empty.
import { csvLine } from '../reports/report-csv';
import type { RtmReport } from './schemas';

export function rtmCsv(report: RtmReport): string {
  const header = [
    'month',
    'patient',
    'therapist',
    'plan',
    'rtm_start',
    'period',
    'period_start',
    'period_end',
    'data_days',
    'days_16_met',
    'days_missing',
    'outlook',
    'billed_this_month',
    'minutes',
    'interactive_communication',
    'rtm_consent',
    'codes',
  ];
  const lines = report.rows.flatMap((r) => {
    const common = [report.month, r.patient.name, r.therapist.name, r.plan.title, r.rtmStart] as const;
    const consent = r.consent
      ? `${r.consent.recordedAt.slice(0, 10)} by ${r.consent.recordedBy}` +
        (r.consent.withdrawnAt ? `; withdrawn ${r.consent.withdrawnAt.slice(0, 10)} by ${r.consent.withdrawnBy}` : '')
      : 'none';
    const tail = [r.management.minutes, r.management.interactive ? 'yes' : 'no', consent, r.codes.join(' ')] as const;
    if (r.periods.length === 0) return [csvLine([...common, null, null, null, null, null, null, null, null, ...tail])];
    return r.periods.map((p) =>
      csvLine([
        ...common,
        p.number,
        p.start,
        p.end,
        p.dataDays,
        p.met ? 'yes' : 'no',
        p.missing,
        p.outlook,
        p.endsInMonth ? 'yes' : 'no',
        ...tail,
      ]),
    );
  });
  return [csvLine(header), ...lines].join('\r\n') + '\r\n';
}
