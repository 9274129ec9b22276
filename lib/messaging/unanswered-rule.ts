// When a patient's message counts as unanswered "for more than one business day" (decision 026):
// on the therapist's wall clock, the first business day after the day it was sent has passed in
// full. Sent Monday → overdue from Wednesday; sent Friday, Saturday or Sunday → overdue from
// Tuesday. Business days are Monday to Friday; public holidays are not known here.
import { addDays, isoWeekday, localDateOf } from '../scheduling/zoned-time';

export function nextBusinessDay(date: string): string {
  let next = addDays(date, 1);
  while (isoWeekday(next) > 5) next = addDays(next, 1);
  return next;
}

export function isUnansweredTooLong(sentAt: Date, now: Date, timeZone: string): boolean {
  const sentOn = localDateOf(sentAt.getTime(), timeZone);
  const today = localDateOf(now.getTime(), timeZone);
  return today > nextBusinessDay(sentOn);
}
