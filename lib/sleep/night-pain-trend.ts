// Night pain week on week: the average pain lying down over the 7 days to today against the 7
// days before. Worse by 2 or more, with at least 3 check-ins in each week (so one bad night
// against one good one does not flag), is a flag for the therapist. Pure.
import { addDays } from '../plans/calendar';

export const NIGHT_PAIN_WORSE_BY = 2;
export const MIN_CHECK_INS_PER_WEEK = 3;

export interface NightPain {
  checkedOn: string;
  painLyingDown: number;
}
export interface WeekAverage {
  from: string;
  to: string;
  checkIns: number;
  averagePain: number | null;
}

function average(rows: readonly NightPain[], from: string, to: string): WeekAverage {
  const inWeek = rows.filter((r) => r.checkedOn >= from && r.checkedOn <= to);
  const sum = inWeek.reduce((s, r) => s + r.painLyingDown, 0);
  return { from, to, checkIns: inWeek.length, averagePain: inWeek.length ? Math.round((sum / inWeek.length) * 10) / 10 : null };
}

export function nightPainTrend(
  rows: readonly NightPain[],
  today: string,
): { thisWeek: WeekAverage; weekBefore: WeekAverage; worse: boolean } {
  const thisWeek = average(rows, addDays(today, -6), today);
  const weekBefore = average(rows, addDays(today, -13), addDays(today, -7));
  const worse =
    thisWeek.checkIns >= MIN_CHECK_INS_PER_WEEK &&
    weekBefore.checkIns >= MIN_CHECK_INS_PER_WEEK &&
    thisWeek.averagePain !== null &&
    weekBefore.averagePain !== null &&
    thisWeek.averagePain - weekBefore.averagePain >= NIGHT_PAIN_WORSE_BY;
  return { thisWeek, weekBefore, worse };
}
