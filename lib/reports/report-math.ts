// The arithmetic of the visit report, apart from the database so it can be checked on its own.
//   no-show rate      = no-shows / (completed + no-shows): of the visits that were due and
//                       settled, how many the patient missed (still-booked ones are not settled).
//   cancellation rate = cancellations / scheduled: of everything booked for those weeks, how much
//                       was called off. Holds released before they were booked are not counted.
import type { Money, ReportCounts } from './schemas';

export interface Tally {
  scheduled: number;
  completed: number;
  noShows: number;
  cancellations: number;
  revenue: Money[];
}

const ratio = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 10_000) / 10_000 : null);

export function withRates(t: Tally): ReportCounts {
  return {
    ...t,
    noShowRate: ratio(t.noShows, t.completed + t.noShows),
    cancellationRate: ratio(t.cancellations, t.scheduled),
  };
}

export function addMoney(a: Money[], b: Money[]): Money[] {
  const sums = new Map<string, number>();
  for (const m of [...a, ...b]) sums.set(m.currency, (sums.get(m.currency) ?? 0) + m.cents);
  return [...sums].sort(([x], [y]) => x.localeCompare(y)).map(([currency, cents]) => ({ currency, cents }));
}

export function sumTallies(tallies: Tally[]): Tally {
  return tallies.reduce<Tally>(
    (sum, t) => ({
      scheduled: sum.scheduled + t.scheduled,
      completed: sum.completed + t.completed,
      noShows: sum.noShows + t.noShows,
      cancellations: sum.cancellations + t.cancellations,
      revenue: addMoney(sum.revenue, t.revenue),
    }),
    { scheduled: 0, completed: 0, noShows: 0, cancellations: 0, revenue: [] },
  );
}

/** Rows rolled up per week, in week order. */
export function byWeek<R extends Tally & { weekStart: string }>(rows: R[]): (ReportCounts & { weekStart: string })[] {
  const weeks = new Map<string, Tally[]>();
  for (const r of rows) weeks.set(r.weekStart, [...(weeks.get(r.weekStart) ?? []), r]);
  return [...weeks]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([weekStart, ts]) => ({ weekStart, ...withRates(sumTallies(ts)) }));
}

/** "12.5 %" or "–". */
export const formatRate = (rate: number | null) => (rate === null ? '–' : `${Math.round(rate * 1000) / 10} %`);
