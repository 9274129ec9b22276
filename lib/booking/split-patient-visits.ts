// A patient's visits in the three lists of their record. Pure (the clock is an argument).
// - upcoming: booked and not yet started, soonest first;
// - cancelled: every cancelled visit, past or future, newest first. A cancelled visit in the
//   future never happened and will not: it is not "past" (it once was, by its start time);
// - past: everything else that has started (completed, no-show, booked but not yet closed),
//   newest first.
// A released hold (checkout never completed) was never a visit and is in none of them, as in
// the reports (release-reasons.ts).
import { RELEASED_HOLD_REASONS } from './release-reasons';

export interface SplittableVisit {
  start: string;
  status: string;
  cancelReason: string | null;
}

export interface SplitVisits<V> {
  upcoming: V[];
  past: V[];
  cancelled: V[];
}

const newestFirst = <V extends SplittableVisit>(a: V, b: V) => Date.parse(b.start) - Date.parse(a.start);

export function splitPatientVisits<V extends SplittableVisit>(visits: readonly V[], now: Date): SplitVisits<V> {
  const upcoming: V[] = [];
  const past: V[] = [];
  const cancelled: V[] = [];
  for (const v of visits) {
    if (v.status === 'HELD') continue;
    if (v.status === 'CANCELLED') {
      if (!RELEASED_HOLD_REASONS.includes(v.cancelReason ?? '')) cancelled.push(v);
    } else if (v.status === 'BOOKED' && Date.parse(v.start) >= now.getTime()) upcoming.push(v);
    else past.push(v);
  }
  return {
    upcoming: upcoming.sort((a, b) => -newestFirst(a, b)),
    past: past.sort(newestFirst),
    cancelled: cancelled.sort(newestFirst),
  };
}
