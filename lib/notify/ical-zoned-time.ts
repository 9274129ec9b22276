// An instant as ical-generator's Temporal.ZonedDateTime shape, filled in by our Intl zone code
// (lib/scheduling/zoned-time.ts), so DTSTART/DTEND carry the wall time in the event's own zone.
// A plain Date would be written in the *server's* zone under that TZID; this needs no date
// library and no Temporal runtime (docs/decisions/023).
import type {
  ICalTemporalInstantStub,
  ICalTemporalPlainDateStub,
  ICalTemporalPlainDateTimeStub,
  ICalTemporalZonedDateTimeStub,
} from 'ical-generator';
import { zoneOffsetMs } from '../scheduling/zoned-time';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

interface WallFields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function wallFields(instant: number, timeZone: string): WallFields {
  const wall = new Date(Math.floor(instant / 1000) * 1000 + zoneOffsetMs(instant, timeZone));
  return {
    year: wall.getUTCFullYear(),
    month: wall.getUTCMonth() + 1,
    day: wall.getUTCDate(),
    hour: wall.getUTCHours(),
    minute: wall.getUTCMinutes(),
    second: wall.getUTCSeconds(),
  };
}

const isoDate = (f: WallFields) => `${pad(f.year, 4)}-${pad(f.month)}-${pad(f.day)}`;
const isoDateTime = (f: WallFields) => `${isoDate(f)}T${pad(f.hour)}:${pad(f.minute)}:${pad(f.second)}`;

function plainDate(f: WallFields): ICalTemporalPlainDateStub {
  const text = isoDate(f);
  return { year: f.year, month: f.month, day: f.day, toJSON: () => text, toString: () => text };
}

/** `instant` as seen on the clocks of `timeZone`; only the calls ical-generator makes are supported. */
export function icalZonedTime(instant: Date, timeZone: string): ICalTemporalZonedDateTimeStub {
  const epochMilliseconds = instant.getTime();
  const f = wallFields(epochMilliseconds, timeZone);
  const text = `${isoDateTime(f)}[${timeZone}]`;
  const asInstant: ICalTemporalInstantStub = {
    epochMilliseconds,
    toJSON: () => instant.toISOString(),
    toString: () => instant.toISOString(),
    toZonedDateTimeISO: (zone) => icalZonedTime(instant, zone),
  };
  const plainDateTime: ICalTemporalPlainDateTimeStub = {
    ...f,
    toJSON: () => isoDateTime(f),
    toString: () => isoDateTime(f),
    toPlainDate: () => plainDate(f),
    toZonedDateTime: () => {
      throw new Error('icalZonedTime: a wall time back to an instant is not supported');
    },
  };
  return {
    ...f,
    timeZoneId: timeZone,
    toInstant: () => asInstant,
    toJSON: () => text,
    toString: () => text,
    toPlainDateTime: () => plainDateTime,
    withTimeZone: (zone) => icalZonedTime(instant, zone),
  };
}
