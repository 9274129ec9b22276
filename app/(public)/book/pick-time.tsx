'use client';

// Day first, then time. One small request marks the days with openings across the whole
// horizon (GET /api/slots/days); the times are fetched for the chosen day only. The calendar
// opens on the first day with a time unless the URL names a day (or a time) already.
import { useEffect, useId, useRef, useState } from 'react';
import { api, type ApiResult } from '@/app/_components/api-client';
import { addDateDays, dateKey, formatDay, monthOf, parseDateKey } from '@/app/_components/calendar-dates';
import { useViewerZone } from '@/app/_components/local-time';
import { MonthCalendar } from '@/app/_components/month-calendar';
import type { OpenSlot } from '@/app/_components/week-slots';
import { expandCompactSlots } from '@/lib/scheduling/compact-slots';
import type { BookableClinic } from './booking-steps';
import { DayTimes } from './day-times';

/** The most GET /api/slots/days answers in one request. */
const WINDOW_MS = 93 * 24 * 60 * 60_000;

type Loaded<T> = { key: string } & ({ ok: true; data: T } | { ok: false; message: string });

/** Runs `load` whenever `key` (which names everything the request depends on) changes. */
function useLoad<T>(load: ((signal: AbortSignal) => Promise<ApiResult<T>>) | null, key: string): Loaded<T> | null {
  const [loaded, setLoaded] = useState<Loaded<T> | null>(null);
  const latest = useRef(load);
  latest.current = load;
  const wanted = load !== null;
  useEffect(() => {
    const request = latest.current;
    if (!wanted || !request) return;
    const controller = new AbortController();
    request(controller.signal).then(
      (res) => {
        setLoaded(res.ok ? { key, ok: true, data: res.data } : { key, ok: false, message: res.message });
      },
      () => {
        /* aborted: a newer request is on its way */
      },
    );
    return () => controller.abort();
  }, [wanted, key]);
  return loaded?.key === key ? loaded : null;
}

/** Minutes the zone is ahead of UTC at the instant ("GMT-05:00" → -300). */
function offsetMinutes(timeZone: string, at: Date): number {
  const name =
    new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
      .formatToParts(at)
      .find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const m = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
}

function clinicZoneNote(clinic: BookableClinic, viewerZone: string, day: string): string {
  const noon = new Date(parseDateKey(day)!.getTime() + 12 * 60 * 60_000);
  const diff = offsetMinutes(clinic.timezone!, noon) - offsetMinutes(viewerZone, noon);
  const hours = Math.abs(diff) / 60;
  const amount = `${hours} ${hours === 1 ? 'hour' : 'hours'}`;
  const relation = diff === 0 ? 'the same clock as yours' : `${amount} ${diff > 0 ? 'ahead of' : 'behind'} yours`;
  return `${clinic.name} is on ${clinic.timezone} time, ${relation}.`;
}

export function PickTime({
  visitTypeId,
  therapistId,
  clinic,
  patientState,
  therapistNames,
  date,
  chosenStart,
  chosenWith,
  onDateChange,
  onSelect,
  reloadKey,
}: {
  visitTypeId: string;
  /** Null for "first available". */
  therapistId: string | null;
  clinic: BookableClinic | null;
  /** Video visits: where the patient will be (only therapists licensed there are offered). */
  patientState: string | null;
  therapistNames: ReadonlyMap<string, string>;
  /** The day named in the URL, if any. */
  date: string | null;
  chosenStart: string | null;
  /** The therapist of the chosen time. */
  chosenWith: string | null;
  onDateChange: (date: string) => void;
  onSelect: (slot: OpenSlot) => void;
  /** Change it to fetch again (after a time was taken under us). */
  reloadKey: number;
}) {
  const id = useId();
  const zone = useViewerZone();
  const [shownMonth, setShownMonth] = useState<string | null>(null);
  const today = zone ? dateKey(new Date()) : null;
  const from = today ? parseDateKey(today)! : null;
  const filters = {
    visitTypeId,
    therapistId: therapistId ?? undefined,
    clinicId: clinic?.id,
    patientState: patientState ?? undefined,
  };

  const daysKey = [zone, visitTypeId, therapistId, clinic?.id, patientState, today, reloadKey].join('|');
  const days = useLoad(
    zone && from
      ? (signal) =>
          api('GET /api/slots/days', {
            query: {
              ...filters,
              timeZone: zone,
              from: from.toISOString(),
              to: new Date(from.getTime() + WINDOW_MS).toISOString(),
            },
            signal,
          })
      : null,
    daysKey,
  );

  const openDays = days?.ok ? days.data.days : [];
  const openCounts = new Map(openDays.map((d) => [d.date, d.count]));
  const firstOpen = openDays[0]?.date ?? null;
  const lastDate =
    days?.ok && from
      ? [dateKey(new Date(days.data.bookableUntil)), dateKey(new Date(from.getTime() + WINDOW_MS - 1))].sort()[0]!
      : null;
  const inRange = (d: string | null): d is string =>
    d !== null && today !== null && lastDate !== null && d >= today && d <= lastDate;
  const chosenDay = chosenStart ? dateKey(new Date(chosenStart)) : null;
  const selected = [chosenDay, date, firstOpen].find(inRange) ?? null;

  const dayKey = [daysKey, selected].join('|');
  const start = selected ? parseDateKey(selected)! : null;
  const day = useLoad(
    start && selected && days?.ok
      ? (signal) =>
          api('GET /api/slots', {
            query: {
              ...filters,
              from: start.toISOString(),
              to: parseDateKey(addDateDays(selected, 1))!.toISOString(),
              // The day's starts as minutes after its local midnight: a fraction of the list's bytes.
              format: 'compact',
              zone: zone ?? undefined,
            },
            signal,
          })
      : null,
    dayKey,
  );

  if (!zone || !today)
    return (
      <p className="muted" role="status">
        Loading open days…
      </p>
    );

  // One button per start: the first therapist (the API sorts by start, then therapist) takes it,
  // except that the chosen time keeps the therapist chosen with it (a "Book" link names one).
  const byStart = new Map<string, OpenSlot>();
  for (const slot of day?.ok ? ('days' in day.data ? expandCompactSlots(day.data) : day.data.slots) : []) {
    if (!byStart.has(slot.start) || (slot.start === chosenStart && slot.therapistId === chosenWith))
      byStart.set(slot.start, slot);
  }
  const slots = [...byStart.values()];
  const nextOpen = selected ? (openDays.find((d) => d.date > selected)?.date ?? null) : null;
  const horizonDays = lastDate ? Math.round((parseDateKey(lastDate)!.getTime() - from!.getTime()) / 86_400_000) + 1 : 0;
  const status = !days
    ? 'Loading open days…'
    : !days.ok
      ? ''
      : openDays.length === 0
        ? `No open times in the next ${horizonDays} days.`
        : !selected
          ? ''
          : !day
            ? `Loading times for ${formatDay(selected)}…`
            : !day.ok
              ? ''
              : slots.length === 0
                ? `No open times on ${formatDay(selected)}.`
                : `${slots.length} open ${slots.length === 1 ? 'time' : 'times'} on ${formatDay(selected)}.`;
  const month = shownMonth ?? monthOf(selected ?? firstOpen ?? today);
  const jump = (to: string) => {
    setShownMonth(null);
    onDateChange(to);
  };

  return (
    <div className="pick-time">
      <p className="muted zone-note">
        Times in {zone} (your time zone).
        {clinic?.timezone && clinic.timezone !== zone && <> {clinicZoneNote(clinic, zone, selected ?? today)}</>}
      </p>
      <p className="pick-status" role="status" aria-live="polite">
        {status}
      </p>
      {days && !days.ok && (
        <p className="form-error" role="alert">
          {days.message}
        </p>
      )}
      {days?.ok && openDays.length === 0 && (
        <p className="empty">
          {therapistId ? 'This therapist has' : 'There are'} no open times for this visit yet. Join the waitlist below and we will
          email you when one opens{therapistId ? ', or choose “First available” to see every therapist' : ''}.
        </p>
      )}
      {days?.ok && openDays.length > 0 && lastDate && (
        <div className="pick-time-panes">
          <div className="pick-day">
            {firstOpen && firstOpen !== selected && (
              <button type="button" className="button-secondary jump-first" onClick={() => jump(firstOpen)}>
                Go to the first opening, {formatDay(firstOpen)}
              </button>
            )}
            <MonthCalendar
              month={month}
              onMonthChange={setShownMonth}
              selected={selected}
              onSelect={onDateChange}
              openCounts={openCounts}
              firstDate={today}
              lastDate={lastDate}
            />
          </div>
          {selected && (
            <section className="day-pane" aria-labelledby={`${id}-day`}>
              <h3 id={`${id}-day`}>{formatDay(selected)}</h3>
              {day && !day.ok && (
                <p className="form-error" role="alert">
                  {day.message}
                </p>
              )}
              {day?.ok && slots.length === 0 && (
                <div className="empty">
                  <p>No open times on this day.</p>
                  {nextOpen && (
                    <button type="button" className="button-secondary" onClick={() => jump(nextOpen)}>
                      Show the next opening, {formatDay(nextOpen)}
                    </button>
                  )}
                </div>
              )}
              {day?.ok && slots.length > 0 && (
                <DayTimes
                  slots={slots}
                  therapistNames={therapistNames}
                  showWho={!therapistId}
                  selectedStart={chosenStart}
                  onSelect={onSelect}
                />
              )}
            </section>
          )}
        </div>
      )}
    </div>
  );
}
