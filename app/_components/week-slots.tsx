'use client';

// One week of open start times (Monday to Sunday in the viewer's zone), grouped by local day.
// Used by the booking flow and by rescheduling. The browser's own zone is the viewer's zone, so
// local Date arithmetic (new Date(y, m, d + 7)) is exact across clock changes.
import { useEffect, useId, useState } from 'react';
import { expandCompactSlots } from '@/lib/scheduling/compact-slots';
import { api } from './api-client';
import { formatTime, useViewerZone } from './local-time';

export interface OpenSlot {
  start: string;
  end: string;
  therapistId: string;
  clinicId: string | null;
}

/** YYYY-MM-DD of a moment in the browser's zone. */
export function dateKey(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function addDays(d: Date, days: number): Date {
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + days);
}

function mondayOf(d: Date): Date {
  return addDays(d, -((d.getDay() + 6) % 7));
}

function parseDateKey(value: string | null | undefined): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value ?? '');
  if (!m) return null;
  const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return dateKey(d) === value ? d : null;
}

/** The week to show: the Monday of `week` (a local date), never earlier than this week. */
function visibleMonday(week: string | null | undefined, now: Date): Date {
  const thisMonday = mondayOf(now);
  const asked = parseDateKey(week);
  if (!asked) return thisMonday;
  const monday = mondayOf(asked);
  return monday < thisMonday ? thisMonday : monday;
}

/** One button per start: the first therapist (the API sorts by start, then therapist) takes it. */
function distinctStarts(slots: OpenSlot[]): OpenSlot[] {
  const seen = new Set<string>();
  return slots.filter((s) => (seen.has(s.start) ? false : (seen.add(s.start), true)));
}

type Loaded = { key: string } & ({ ok: true; slots: OpenSlot[] } | { ok: false; message: string });

export interface WeekSlotsProps {
  visitTypeId: string;
  /** Omit for "first available": every therapist who can take the visit. */
  therapistId?: string;
  clinicId?: string;
  /** Video visit types: the patient's state (only licensed therapists' times come back). */
  patientState?: string;
  /** Controlled week (a local date in it, YYYY-MM-DD); omit to keep the week internally. */
  week?: string | null;
  onWeekChange?: (week: string) => void;
  selectedStart?: string | null;
  onSelect: (slot: OpenSlot) => void;
  /** Change it to fetch the same week again (after a time was taken under us). */
  reloadKey?: number;
  dayHeadingLevel?: 3 | 4;
}

export function WeekSlots(props: WeekSlotsProps) {
  const { visitTypeId, therapistId, clinicId, patientState, selectedStart, onSelect, reloadKey = 0, dayHeadingLevel = 3 } = props;
  const zone = useViewerZone();
  const id = useId();
  const [ownWeek, setOwnWeek] = useState<string | null>(null);
  const [loaded, setLoaded] = useState<Loaded | null>(null);

  const now = new Date();
  const monday = visibleMonday(props.onWeekChange ? props.week : ownWeek, now);
  const mondayKey = dateKey(monday);
  const requestKey = [zone, visitTypeId, therapistId, clinicId, patientState, mondayKey, reloadKey].join('|');

  useEffect(() => {
    if (!zone) return;
    const start = parseDateKey(mondayKey)!;
    const controller = new AbortController();
    const q = {
      visitTypeId,
      therapistId,
      clinicId,
      patientState,
      from: start.toISOString(),
      to: addDays(start, 7).toISOString(),
      format: 'compact' as const,
      zone,
    };
    // The compact answer (per local day, minutes after midnight) is a fraction of the list's size.
    api('GET /api/slots', { query: q, signal: controller.signal }).then(
      (res) => {
        setLoaded(
          res.ok
            ? {
                key: requestKey,
                ok: true,
                slots: distinctStarts('days' in res.data ? expandCompactSlots(res.data) : res.data.slots),
              }
            : { key: requestKey, ok: false, message: res.message },
        );
      },
      () => {
        /* aborted: a newer request is on its way */
      },
    );
    return () => controller.abort();
  }, [zone, visitTypeId, therapistId, clinicId, patientState, mondayKey, requestKey]);

  if (!zone)
    return (
      <p className="muted" role="status">
        Loading open times…
      </p>
    );

  const current = loaded?.key === requestKey ? loaded : null;
  const thisWeek = monday.getTime() <= mondayOf(now).getTime();
  const goTo = (d: Date) => {
    const key = dateKey(d);
    if (props.onWeekChange) props.onWeekChange(key);
    else setOwnWeek(key);
  };
  const days = Array.from({ length: 7 }, (_, i) => addDays(monday, i));
  const byDay = new Map<string, OpenSlot[]>();
  for (const slot of current?.ok ? current.slots : []) {
    const key = dateKey(new Date(slot.start));
    byDay.set(key, [...(byDay.get(key) ?? []), slot]);
  }
  const count = current?.ok ? current.slots.length : 0;
  const status = !current
    ? 'Loading open times…'
    : !current.ok
      ? ''
      : count === 0
        ? 'No open times this week. Try the next week.'
        : `${count} open ${count === 1 ? 'time' : 'times'} this week.`;
  const Heading = dayHeadingLevel === 3 ? 'h3' : 'h4';
  const weekLabel = new Intl.DateTimeFormat('en-US', { month: 'long', day: 'numeric', year: 'numeric' }).formatRange(
    monday,
    addDays(monday, 6),
  );

  return (
    <div className="week-slots">
      <p className="muted week-zone">Times shown in {zone} (your time zone)</p>
      <div className="week-nav">
        <button type="button" className="button-secondary" disabled={thisWeek} onClick={() => goTo(addDays(monday, -7))}>
          Previous week
        </button>
        <p className="week-label" id={`${id}-week`}>
          {weekLabel}
        </p>
        <button type="button" className="button-secondary" onClick={() => goTo(addDays(monday, 7))}>
          Next week
        </button>
      </div>
      <p className="week-status" role="status" aria-live="polite">
        {status}
      </p>
      {current && !current.ok && (
        <p className="form-error" role="alert">
          {current.message}
        </p>
      )}
      {current?.ok && (
        <ol className="week-days bare" aria-labelledby={`${id}-week`}>
          {days.map((day) => {
            const key = dateKey(day);
            const times = byDay.get(key) ?? [];
            const headingId = `${id}-${key}`;
            return (
              <li key={key} className="week-day">
                <Heading id={headingId} className="week-day-name">
                  {new Intl.DateTimeFormat('en-US', { weekday: 'long' }).format(day)}{' '}
                  <span className="week-day-date">
                    {new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric' }).format(day)}
                  </span>
                </Heading>
                {times.length === 0 ? (
                  <p className="empty">No times</p>
                ) : (
                  <ul className="slot-times bare" aria-labelledby={headingId}>
                    {times.map((slot) => (
                      <li key={slot.start}>
                        <button
                          type="button"
                          className="slot-time"
                          aria-pressed={slot.start === selectedStart}
                          onClick={() => onSelect(slot)}
                        >
                          {formatTime(new Date(slot.start))}
                        </button>
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}
