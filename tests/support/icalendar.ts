// Reads our .ics documents with a real parser (ical.js, the one Thunderbird and many web clients
// use), so the tests check what a calendar program understands, not what our text looks like.
import ICAL from 'ical.js';

export function parseCalendar(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent');
  return { calendar, events };
}

type Component = InstanceType<typeof ICAL.Component>;

/** The property's date-time, and whether it is in UTC (written with "Z"), as RFC 5545 requires for DTSTAMP and LAST-MODIFIED. */
export function utcInstant(component: Component, name: string): { utc: boolean; instant: Date } {
  const value = component.getFirstPropertyValue(name) as InstanceType<typeof ICAL.Time> | null;
  if (!value) throw new Error(`no ${name.toUpperCase()}`);
  return { utc: value.zone === ICAL.Timezone.utcTimezone, instant: value.toJSDate() };
}

/** Every TZID the events use that has no VTIMEZONE of its own in the calendar. */
export function tzidsWithoutVtimezone(calendar: Component): string[] {
  const defined = new Set(calendar.getAllSubcomponents('vtimezone').map((z) => String(z.getFirstPropertyValue('tzid'))));
  const used = new Set<string>();
  for (const event of calendar.getAllSubcomponents('vevent')) {
    for (const prop of event.getAllProperties()) {
      const tzid = prop.getParameter('tzid');
      if (typeof tzid === 'string') used.add(tzid);
    }
  }
  return [...used].filter((tzid) => !defined.has(tzid));
}

export const sequenceOf = (event: Component) => Number(event.getFirstPropertyValue('sequence'));
