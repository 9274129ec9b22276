// A plan's questionnaire schedule from its versions: the first start, the current end, and the
// day it was ended early (in the patient's zone).
import { dateOnly, todayIn } from '../plans/calendar';
import type { PlanSchedule } from './questionnaires-due';

export function planSchedule(
  versions: readonly { version: number; startsOn: Date; endsOn: Date | null }[],
  endedAt: Date | null,
  timeZone: string,
): PlanSchedule {
  const sorted = [...versions].sort((a, b) => a.version - b.version);
  const first = sorted[0];
  const current = sorted[sorted.length - 1];
  if (!first || !current) throw new Error('a plan has at least one version');
  return {
    startsOn: dateOnly(first.startsOn),
    endsOn: current.endsOn ? dateOnly(current.endsOn) : null,
    endedOn: endedAt ? todayIn(timeZone, endedAt) : null,
  };
}
