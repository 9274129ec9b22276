// Which questionnaires a patient owes for a plan, on a given day. Pure.
//
// Both instruments (ODI and NPRS) follow the same schedule, counted from the plan's first start:
// - INTAKE: from the start, until it is done.
// - FOLLOW_UP: every 14 days after the start (day 14, 28, …). A point is done by any score of that
//   instrument taken from 3 days before it; a missed point lapses when the next one comes.
// - DISCHARGE: from 3 days before the plan's end (its last day, or the day it was ended early)
//   until done or 30 days after the end; follow-ups stop once discharge is near.
// Nothing is due before the start, and intake comes first: no follow-up is asked before it.

import { addDays, daysBetween } from '../plans/calendar';

export type Instrument = 'ODI' | 'NPRS';
export type Timepoint = 'INTAKE' | 'FOLLOW_UP' | 'DISCHARGE';

export const INSTRUMENTS: readonly Instrument[] = ['ODI', 'NPRS'];
export const FOLLOW_UP_EVERY_DAYS = 14;
const EARLY_DAYS = 3;
const DISCHARGE_GRACE_DAYS = 30;

export interface TakenScore {
  instrument: Instrument;
  timepoint: Timepoint;
  takenOn: string;
}
export interface DueQuestionnaire {
  instrument: Instrument;
  timepoint: Timepoint;
  dueOn: string;
}

export interface PlanSchedule {
  /** The plan's first start (version 1). */
  startsOn: string;
  /** The last day of the current version, if it has one. */
  endsOn: string | null;
  /** The local day the plan was ended early, if it was. */
  endedOn: string | null;
}

export function questionnairesDue(plan: PlanSchedule, taken: readonly TakenScore[], today: string): DueQuestionnaire[] {
  if (today < plan.startsOn) return [];
  const end = [plan.endsOn, plan.endedOn].filter((d): d is string => d !== null).sort()[0] ?? null;
  const due: DueQuestionnaire[] = [];
  for (const instrument of INSTRUMENTS) {
    const mine = taken.filter((t) => t.instrument === instrument);
    if (!mine.some((t) => t.timepoint === 'INTAKE')) {
      if (end === null || today <= addDays(end, DISCHARGE_GRACE_DAYS))
        due.push({ instrument, timepoint: 'INTAKE', dueOn: plan.startsOn });
      continue;
    }
    if (end !== null && today >= addDays(end, -EARLY_DAYS)) {
      if (!mine.some((t) => t.timepoint === 'DISCHARGE') && today <= addDays(end, DISCHARGE_GRACE_DAYS)) {
        due.push({ instrument, timepoint: 'DISCHARGE', dueOn: end });
      }
      continue;
    }
    const periods = Math.floor(daysBetween(plan.startsOn, today) / FOLLOW_UP_EVERY_DAYS);
    if (periods < 1) continue;
    const point = addDays(plan.startsOn, periods * FOLLOW_UP_EVERY_DAYS);
    if (!mine.some((t) => t.takenOn >= addDays(point, -EARLY_DAYS)))
      due.push({ instrument, timepoint: 'FOLLOW_UP', dueOn: point });
  }
  return due;
}
