'use client';

// Editable ranges of hours ("09:00 to 12:00 at Harbor PT — Chelsea"), several per day, shared by
// the weekly hours and a date's custom hours.
import { useId, useRef } from 'react';
import { useReplayOnce } from '@/app/_components/forms/replay-early-value';

export interface Place {
  id: string;
  name: string;
}
export interface HoursRange {
  key: string;
  start: string;
  end: string;
  where: string;
}
export const VIRTUAL = 'VIRTUAL';

let counter = 0;
export const newKey = () => `r${++counter}`;

export function timeText(minute: number): string {
  const m = minute % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** "HH:MM" → minutes after midnight; an end of 00:00 means midnight at the end of the day. */
export function minuteOf(time: string, isEnd = false): number | null {
  const match = /^(\d{2}):(\d{2})/.exec(time);
  if (!match) return null;
  const minute = Number(match[1]) * 60 + Number(match[2]);
  return isEnd && minute === 0 ? 1440 : minute;
}

/** The API's fields for a range, or why it is not valid. */
export function rangeFields(
  r: HoursRange,
):
  | { ok: true; value: { startMinute: number; endMinute: number; modality: 'IN_CLINIC' | 'VIRTUAL'; clinicId: string | null } }
  | { ok: false; message: string } {
  const startMinute = minuteOf(r.start);
  const endMinute = minuteOf(r.end, true);
  if (startMinute === null || endMinute === null) return { ok: false, message: 'Enter a start and an end time for every range.' };
  if (startMinute >= endMinute) return { ok: false, message: `${r.start}–${r.end}: the end must be after the start.` };
  return {
    ok: true,
    value: {
      startMinute,
      endMinute,
      modality: r.where === VIRTUAL ? 'VIRTUAL' : 'IN_CLINIC',
      clinicId: r.where === VIRTUAL ? null : r.where,
    },
  };
}

export function whereOf(modality: string | null, clinicId: string | null): string {
  return modality === 'VIRTUAL' || !clinicId ? VIRTUAL : clinicId;
}

export function HoursRanges({
  label,
  ranges,
  onChange,
  places,
  offersVirtual,
  defaultWhere,
}: {
  /** Names the group, e.g. "Monday" or "Hours on March 14". */
  label: string;
  ranges: HoursRange[];
  onChange: (ranges: HoursRange[]) => void;
  places: Place[];
  offersVirtual: boolean;
  defaultWhere: string;
}) {
  const id = useId();
  const update = (key: string, patch: Partial<HoursRange>) =>
    onChange(ranges.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const list = useRef<HTMLUListElement>(null);
  // Times and places changed before hydration are the ones saved (see replay-early-value).
  useReplayOnce(() => {
    const rows = Array.from(list.current?.children ?? []);
    if (rows.length !== ranges.length) return;
    const shown = ranges.map((r, i) => {
      const [start, end] = Array.from(rows[i]?.querySelectorAll('input') ?? []);
      const where = rows[i]?.querySelector('select');
      return { ...r, start: start?.value ?? r.start, end: end?.value ?? r.end, where: where?.value ?? r.where };
    });
    const same = (a: HoursRange, b: HoursRange) => a.start === b.start && a.end === b.end && a.where === b.where;
    if (shown.some((r, i) => !same(r, ranges[i]!))) onChange(shown);
  });
  return (
    <fieldset className="hours-day">
      <legend>{label}</legend>
      {ranges.length === 0 && <p className="muted hours-none">No hours</p>}
      <ul ref={list} className="bare hours-ranges">
        {ranges.map((r, i) => (
          <li key={r.key} className="hours-range">
            <div className="field">
              <label htmlFor={`${id}-${r.key}-start`}>From</label>
              <input
                id={`${id}-${r.key}-start`}
                type="time"
                step={300}
                value={r.start}
                required
                aria-describedby={`${id}-${r.key}-n`}
                onChange={(e) => update(r.key, { start: e.target.value })}
              />
            </div>
            <div className="field">
              <label htmlFor={`${id}-${r.key}-end`}>To</label>
              <input
                id={`${id}-${r.key}-end`}
                type="time"
                step={300}
                value={r.end}
                required
                aria-describedby={`${id}-${r.key}-n`}
                onChange={(e) => update(r.key, { end: e.target.value })}
              />
            </div>
            <div className="field">
              <label htmlFor={`${id}-${r.key}-where`}>Where</label>
              <select
                id={`${id}-${r.key}-where`}
                value={r.where}
                aria-describedby={`${id}-${r.key}-n`}
                onChange={(e) => update(r.key, { where: e.target.value })}
              >
                {places.map((p) => (
                  <option key={p.id} value={p.id}>
                    In clinic: {p.name}
                  </option>
                ))}
                {(offersVirtual || r.where === VIRTUAL) && <option value={VIRTUAL}>Video visits</option>}
              </select>
            </div>
            <span id={`${id}-${r.key}-n`} className="sr-only">
              {label}, range {i + 1}
            </span>
            <button
              type="button"
              className="button-secondary button-small"
              aria-describedby={`${id}-${r.key}-n`}
              onClick={() => onChange(ranges.filter((x) => x.key !== r.key))}
            >
              Remove
            </button>
          </li>
        ))}
      </ul>
      <button
        type="button"
        className="button-secondary button-small"
        onClick={() => onChange([...ranges, { key: newKey(), start: '09:00', end: '17:00', where: defaultWhere }])}
      >
        Add hours<span className="sr-only"> ({label})</span>
      </button>
    </fieldset>
  );
}
