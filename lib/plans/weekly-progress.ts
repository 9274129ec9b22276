// Week-by-week adherence and pain for charts and tables. Pure.
import { weekStart } from './calendar';
import { weeklyAdherence, type DaySessions, type VersionRx } from './adherence';

/** Logged sessions of one exercise on one day, with the pain reported in them. */
export interface DayActivity extends DaySessions {
  painSum: number;
  painMax: number;
}

export interface WeekProgress {
  weekStart: string;
  prescribed: number;
  done: number;
  /** Whole percent, null when nothing was prescribed. */
  adherencePercent: number | null;
  /** Average and highest pain logged that week (0–10), null without logs. */
  averagePain: number | null;
  highestPain: number | null;
  sessionsLogged: number;
}

export function weeklyProgress(
  versions: readonly VersionRx[],
  activity: readonly DayActivity[],
  from: string,
  to: string,
): WeekProgress[] {
  const pain = new Map<string, { sum: number; count: number; max: number }>();
  for (const a of activity) {
    if (a.date < from || a.date > to) continue;
    const w = weekStart(a.date);
    const p = pain.get(w) ?? { sum: 0, count: 0, max: 0 };
    p.sum += a.painSum;
    p.count += a.sessions;
    p.max = Math.max(p.max, a.painMax);
    pain.set(w, p);
  }
  return weeklyAdherence(versions, activity, from, to).map((w) => {
    const p = pain.get(w.weekStart);
    return {
      weekStart: w.weekStart,
      prescribed: w.prescribed,
      done: w.done,
      adherencePercent: w.ratio === null ? null : Math.round(w.ratio * 100),
      averagePain: p && p.count > 0 ? Math.round((p.sum / p.count) * 10) / 10 : null,
      highestPain: p && p.count > 0 ? p.max : null,
      sessionsLogged: p?.count ?? 0,
    };
  });
}
