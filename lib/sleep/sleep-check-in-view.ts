// The one shape sleep check-ins leave the server in.
import { dateOnly } from '../plans/calendar';
import type { SleepCheckInView } from './schemas';

export const sleepCheckInSelect = {
  checkedOn: true,
  painLyingDown: true,
  timesWoken: true,
  halfHoursSlept: true,
  loggedAt: true,
} as const;

export function toSleepCheckInView(r: {
  checkedOn: Date;
  painLyingDown: number;
  timesWoken: number;
  halfHoursSlept: number;
  loggedAt: Date;
}): SleepCheckInView {
  return {
    checkedOn: dateOnly(r.checkedOn),
    painLyingDown: r.painLyingDown,
    timesWoken: r.timesWoken,
    hoursSlept: r.halfHoursSlept / 2,
    loggedAt: r.loggedAt.toISOString(),
  };
}
