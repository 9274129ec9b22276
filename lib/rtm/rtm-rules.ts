// Remote therapeutic monitoring (RTM) billing rules as data and pure functions, so every boundary
// is a unit test (rtm-rules.test.ts). Sources and readings: docs/decisions/026-messaging-and-rtm.md.
// - 98975 (set-up and patient education): once per episode, when the first 30-day period reaches
//   the 16 days of data the device codes need.
// - 98977 (device supply, musculoskeletal): each 30-day period from the RTM start with data on
//   at least 16 of its days.
// - 98980: the first 20 minutes of treatment management in a calendar month, with at least one
//   interactive communication with the patient in that month; 98981: each further full 20 minutes.
// Days are local calendar dates ('YYYY-MM-DD'): a period is 30 dates, so a DST change or a month
// end inside it changes nothing. Instants (time entries) become dates in the therapist's zone.
import { addDays, dayNumber, dateOfDay } from '../plans/calendar';
import { localDateOf } from '../scheduling/zoned-time';

export const PERIOD_DAYS = 30;
export const DATA_DAYS_REQUIRED = 16;
export const MANAGEMENT_UNIT_MINUTES = 20;

export type RtmCode = '98975' | '98977' | '98980' | '98981';

export interface RtmPeriod {
  /** 1 for the period starting on the RTM start date. */
  number: number;
  start: string;
  /** Inclusive: start + 29 days. */
  end: string;
}

/** The 30-day period containing `day` (null before the start). */
export function periodContaining(rtmStart: string, day: string): RtmPeriod | null {
  const offset = dayNumber(day) - dayNumber(rtmStart);
  if (offset < 0) return null;
  const index = Math.floor(offset / PERIOD_DAYS);
  const start = addDays(rtmStart, index * PERIOD_DAYS);
  return { number: index + 1, start, end: addDays(start, PERIOD_DAYS - 1) };
}

/** Every period that shares at least one day with [from, to] (inclusive dates). */
export function periodsOverlapping(rtmStart: string, from: string, to: string): RtmPeriod[] {
  const first = periodContaining(rtmStart, dayNumber(from) < dayNumber(rtmStart) ? rtmStart : from);
  if (!first || dayNumber(to) < dayNumber(first.start)) return [];
  const out: RtmPeriod[] = [];
  for (
    let p: RtmPeriod | null = first;
    p && dayNumber(p.start) <= dayNumber(to);
    p = periodContaining(rtmStart, addDays(p.end, 1))
  ) {
    out.push(p);
  }
  return out;
}

/** First and last date of a calendar month 'YYYY-MM'. */
export function monthDates(month: string): { first: string; last: string } {
  const first = `${month}-01`;
  const [y, m] = [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
  const next = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
  return { first, last: dateOfDay(dayNumber(next) - 1) };
}

/** The calendar month ('YYYY-MM') an instant falls in, on the wall clock of `timeZone`. */
export function monthOf(instant: Date, timeZone: string): string {
  return localDateOf(instant.getTime(), timeZone).slice(0, 7);
}

/** Distinct data days inside the period (dates may repeat and lie outside it). */
export function dataDaysIn(period: RtmPeriod, dates: Iterable<string>): number {
  const [lo, hi] = [dayNumber(period.start), dayNumber(period.end)];
  const days = new Set<number>();
  for (const d of dates) {
    const n = dayNumber(d);
    if (n >= lo && n <= hi) days.add(n);
  }
  return days.size;
}

export type PeriodOutlook = 'met' | 'on-track' | 'at-risk' | 'missed';

export interface DeviceCodeStatus {
  code: '98977';
  met: boolean;
  dataDays: number;
  /** "11 of 16 days" while not met. */
  missing: string | null;
  outlook: PeriodOutlook;
}

/**
 * 98977 for one period. `today` (the patient's date) decides how many days can still count: a
 * period that cannot reach 16 any more is missed; one that can spare at most 3 more days without
 * data is at risk ("about to miss").
 */
export function deviceCodeStatus(
  period: RtmPeriod,
  dataDays: number,
  today: string,
  /** The last date whose data can still count (the day before a consent withdrawal); none = the period end. */
  lastCountableDay: string | null = null,
): DeviceCodeStatus {
  const met = dataDays >= DATA_DAYS_REQUIRED;
  const needed = DATA_DAYS_REQUIRED - dataDays;
  // Days still open for data: today through the period end (none once it is over, or withdrawn).
  const lastOpen = Math.min(dayNumber(period.end), lastCountableDay ? dayNumber(lastCountableDay) : Infinity);
  const open = Math.max(0, Math.min(PERIOD_DAYS, lastOpen - Math.max(dayNumber(today), dayNumber(period.start)) + 1));
  const outlook: PeriodOutlook = met ? 'met' : needed > open ? 'missed' : needed >= open - 3 ? 'at-risk' : 'on-track';
  return { code: '98977', met, dataDays, missing: met ? null : `${dataDays} of ${DATA_DAYS_REQUIRED} days`, outlook };
}

/**
 * A consent to RTM and its withdrawal: data days count from the consent's date up to the day
 * before the withdrawal's (the patient's calendar; the withdrawal day itself is not counted, as
 * its logs may follow it), minutes from the consent's instant up to the withdrawal's.
 */
export interface ConsentSpan {
  fromDay: string;
  /** Exclusive; null while the consent is in force. */
  untilDay: string | null;
  from: Date;
  until: Date | null;
}

export function dayUnderConsent(spans: readonly ConsentSpan[], day: string): boolean {
  const n = dayNumber(day);
  return spans.some((s) => n >= dayNumber(s.fromDay) && (s.untilDay === null || n < dayNumber(s.untilDay)));
}

export function instantUnderConsent(spans: readonly ConsentSpan[], at: Date): boolean {
  const t = at.getTime();
  return spans.some((s) => t >= s.from.getTime() && (s.until === null || t < s.until.getTime()));
}

/** 98975: once, for the first period, when it reaches the 16 days. */
export function setupCodeMet(period: RtmPeriod, dataDays: number): boolean {
  return period.number === 1 && dataDays >= DATA_DAYS_REQUIRED;
}

export interface ManagementStatus {
  minutes: number;
  interactive: boolean;
  /** 98980 met: at least 20 minutes and an interactive communication. */
  first: boolean;
  /** Units of 98981: each full 20 minutes beyond the first 20 (only when 98980 is met). */
  additionalUnits: number;
  /** What is missing for 98980, or for the next 98981 unit once 98980 is met. */
  missing: string | null;
}

/** 98980/98981 for one calendar month. */
export function managementStatus(minutes: number, interactive: boolean): ManagementStatus {
  const whole = Math.max(0, Math.floor(minutes));
  const enoughTime = whole >= MANAGEMENT_UNIT_MINUTES;
  const first = enoughTime && interactive;
  const additionalUnits = first ? Math.floor((whole - MANAGEMENT_UNIT_MINUTES) / MANAGEMENT_UNIT_MINUTES) : 0;
  const gaps: string[] = [];
  if (!enoughTime) gaps.push(`${whole} of ${MANAGEMENT_UNIT_MINUTES} minutes`);
  if (!interactive) gaps.push('no interactive communication');
  let missing = gaps.length ? gaps.join(', ') : null;
  if (first) {
    const next = MANAGEMENT_UNIT_MINUTES * (additionalUnits + 2);
    missing = `${whole} of ${next} minutes for the next 98981`;
  }
  return { minutes: whole, interactive, first, additionalUnits, missing };
}

/**
 * The codes a month makes billable, in report order: 98975, one 98977 per period that ends in the
 * month with its 16 days (a 31-day month can hold two period ends), 98980, 98981 per unit.
 */
export function billableCodes(setup: boolean, devicePeriodsMet: number, management: ManagementStatus): RtmCode[] {
  const codes: RtmCode[] = [];
  if (setup) codes.push('98975');
  for (let i = 0; i < devicePeriodsMet; i++) codes.push('98977');
  if (management.first) codes.push('98980');
  for (let i = 0; i < management.additionalUnits; i++) codes.push('98981');
  return codes;
}

/** This month, 'YYYY-MM', on the wall clock of `timeZone` (UTC by default): the default report month. */
export function currentMonth(now = new Date(), timeZone = 'UTC'): string {
  return monthOf(now, timeZone);
}
