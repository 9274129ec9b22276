import { AppError } from '../errors';
import { addDays, dateOnly } from '../plans/calendar';
import { MAX_REPORT_DAYS, type ReportQuery } from './schemas';

export const DEFAULT_REPORT_WEEKS = 12;

/** The asked range, or the 12 weeks up to today (UTC date); at most MAX_REPORT_DAYS long. */
export function reportRange(q: ReportQuery, now = new Date()): { from: string; to: string } {
  const to = q.to ?? dateOnly(now);
  const from = q.from ?? addDays(to, -(DEFAULT_REPORT_WEEKS * 7 - 1));
  if (from > to) throw new AppError('VALIDATION_FAILED', 'The start date must be on or before the end date.');
  if (Date.parse(to) - Date.parse(from) >= MAX_REPORT_DAYS * 86_400_000) {
    throw new AppError('VALIDATION_FAILED', `Choose a range of at most ${MAX_REPORT_DAYS} days.`);
  }
  return { from, to };
}
