// The visit report as CSV (RFC 4180: CRLF line ends, a field with a comma, quote or line break is
// quoted and its quotes doubled). Text that a spreadsheet would run as a formula (=, +, -, @ at
// the start) gets a leading apostrophe, so a clinic or therapist name cannot inject one.
import type { VisitReport } from './schemas';

export function csvField(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export const csvLine = (fields: (string | number | null)[]) => fields.map(csvField).join(',');

export function reportCsv(report: VisitReport): string {
  const currencies = [...new Set(report.rows.flatMap((r) => r.revenue.map((m) => m.currency)))].sort();
  const header = [
    'week_start',
    'clinic',
    'therapist',
    'scheduled',
    'completed',
    'no_shows',
    'cancellations',
    'no_show_rate',
    'cancellation_rate',
    ...currencies.map((c) => `revenue_${c}_cents`),
  ];
  const lines = report.rows.map((r) =>
    csvLine([
      r.weekStart,
      r.clinic?.name ?? 'Video visits',
      r.therapist.name,
      r.scheduled,
      r.completed,
      r.noShows,
      r.cancellations,
      r.noShowRate,
      r.cancellationRate,
      ...currencies.map((c) => r.revenue.find((m) => m.currency === c)?.cents ?? 0),
    ]),
  );
  return [csvLine(header), ...lines].join('\r\n') + '\r\n';
}
