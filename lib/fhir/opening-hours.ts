// A clinic's free-text opening hours ("Mon–Fri 7:00 am–7:00 pm, Sat 8:00 am–12:00 pm") as FHIR
// Location.hoursOfOperation. Pure and strict: admins type the hours by hand, so anything outside
// this small grammar (closed days, lunch breaks in words, "by appointment", overnight ranges) is
// not parsed at all (null) and the caller passes the text on as written rather than guessing.
import type { LocationHoursOfOperation } from '@medplum/fhirtypes';

type Day = NonNullable<LocationHoursOfOperation['daysOfWeek']>[number];
const WEEK: Day[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const DAY_NAMES: Record<string, Day> = {
  mon: 'mon',
  monday: 'mon',
  tue: 'tue',
  tues: 'tue',
  tuesday: 'tue',
  wed: 'wed',
  wednesday: 'wed',
  thu: 'thu',
  thur: 'thu',
  thurs: 'thu',
  thursday: 'thu',
  fri: 'fri',
  friday: 'fri',
  sat: 'sat',
  saturday: 'sat',
  sun: 'sun',
  sunday: 'sun',
};
const DASH = '\\s*(?:–|—|-|to)\\s*';
const TIME = '(\\d{1,2})(?::(\\d{2}))?\\s*(am|pm|a\\.m\\.|p\\.m\\.)?';
const SEGMENT = new RegExp(`^([a-z]+)\\.?(?:${DASH}([a-z]+)\\.?)?:?\\s+${TIME}${DASH}${TIME}$`, 'i');

/** "7", "00", "pm" → "19:00:00"; null when it is no time of day. A bare hour needs am/pm. */
function timeOfDay(h: string, m: string | undefined, meridiem: string | undefined): string | null {
  let hour = Number(h);
  const minute = m === undefined ? 0 : Number(m);
  if (minute > 59) return null;
  if (meridiem) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (meridiem.toLowerCase().startsWith('p') ? 12 : 0);
  } else if (m === undefined || hour > 23) {
    return null;
  }
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00`;
}

function dayRange(first: string, last: string | undefined): Day[] | null {
  const from = DAY_NAMES[first.toLowerCase()];
  const to = last === undefined ? from : DAY_NAMES[last.toLowerCase()];
  if (!from || !to) return null;
  const a = WEEK.indexOf(from);
  const b = WEEK.indexOf(to);
  return b >= a ? WEEK.slice(a, b + 1) : [...WEEK.slice(a), ...WEEK.slice(0, b + 1)];
}

export function parseOpeningHours(text: string): LocationHoursOfOperation[] | null {
  const segments = text
    .split(/[,;]/)
    .map((s) => s.trim())
    .filter(Boolean);
  if (segments.length === 0) return null;
  const hours: LocationHoursOfOperation[] = [];
  for (const segment of segments) {
    const m = SEGMENT.exec(segment);
    if (!m) return null;
    const days = dayRange(m[1]!, m[2]);
    // Both times on the same clock: "7:00–6:00 pm" could be 7 am or a typo, so it is not read.
    if (Boolean(m[5]) !== Boolean(m[8])) return null;
    const openingTime = timeOfDay(m[3]!, m[4], m[5]);
    const closingTime = timeOfDay(m[6]!, m[7], m[8]);
    if (!days || !openingTime || !closingTime || closingTime <= openingTime) return null;
    hours.push({ daysOfWeek: days, openingTime, closingTime });
  }
  return hours;
}
