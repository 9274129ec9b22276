'use client';

// A month of days to pick from, as the WAI-ARIA date-picker grid: one tab stop (the focused
// day), arrows move a day or a week, Home/End to the week's ends, Page Up/Down a month, Enter or
// Space picks. Days without open times, past days and days beyond the horizon stay reachable by
// keyboard (so the grid reads as a calendar) but are aria-disabled and cannot be picked.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import {
  addDateDays,
  addMonths,
  formatDay,
  formatMonth,
  monthOf,
  monthWeeks,
  parseDateKey,
  sameDayInMonth,
} from './calendar-dates';

const WEEKDAYS = [
  ['Su', 'Sunday'],
  ['Mo', 'Monday'],
  ['Tu', 'Tuesday'],
  ['We', 'Wednesday'],
  ['Th', 'Thursday'],
  ['Fr', 'Friday'],
  ['Sa', 'Saturday'],
] as const;

export interface MonthCalendarProps {
  month: string;
  onMonthChange: (month: string) => void;
  selected: string | null;
  onSelect: (date: string) => void;
  /** Open times per date; a date that is missing has none. */
  openCounts: ReadonlyMap<string, number>;
  /** The first and last dates that can be shown (today, and the end of the booking horizon). */
  firstDate: string;
  lastDate: string;
}

const clamp = (date: string, first: string, last: string) => (date < first ? first : date > last ? last : date);

export function MonthCalendar({ month, onMonthChange, selected, onSelect, openCounts, firstDate, lastDate }: MonthCalendarProps) {
  const id = useId();
  const grid = useRef<HTMLTableElement>(null);
  const [focused, setFocused] = useState<string | null>(null);
  const moveFocus = useRef(false);

  // The day that holds the tab stop: the one last moved to in this month, else the chosen one,
  // else the month's first day with times, else its first day that can be shown.
  const weeks = monthWeeks(month);
  const inMonth = (d: string | null) => d !== null && monthOf(d) === month && d >= firstDate && d <= lastDate;
  const firstOpen = weeks.flat().find((d) => d !== null && inMonth(d) && openCounts.has(d)) ?? null;
  const tabStop = [focused, selected, firstOpen, clamp(`${month}-01`, firstDate, lastDate)].find(inMonth) ?? null;

  useEffect(() => {
    if (!moveFocus.current || !tabStop) return;
    moveFocus.current = false;
    grid.current?.querySelector<HTMLButtonElement>(`button[data-date="${tabStop}"]`)?.focus();
  });

  function focusDate(date: string) {
    const next = clamp(date, firstDate, lastDate);
    setFocused(next);
    moveFocus.current = true;
    if (monthOf(next) !== month) onMonthChange(monthOf(next));
  }

  function onKeyDown(event: KeyboardEvent<HTMLButtonElement>, date: string) {
    const weekday = parseDateKey(date)!.getDay();
    const moves: Record<string, () => string> = {
      ArrowLeft: () => addDateDays(date, -1),
      ArrowRight: () => addDateDays(date, 1),
      ArrowUp: () => addDateDays(date, -7),
      ArrowDown: () => addDateDays(date, 7),
      Home: () => addDateDays(date, -weekday),
      End: () => addDateDays(date, 6 - weekday),
      PageUp: () => sameDayInMonth(date, -1),
      PageDown: () => sameDayInMonth(date, 1),
    };
    const move = moves[event.key];
    if (!move || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    focusDate(move());
  }

  const canGoBack = month > monthOf(firstDate);
  const canGoOn = month < monthOf(lastDate);
  const today = firstDate;

  return (
    <div className="month-calendar">
      <div className="month-nav">
        <button
          type="button"
          className="button-secondary month-step"
          aria-label="Previous month"
          disabled={!canGoBack}
          onClick={() => {
            setFocused(null);
            onMonthChange(addMonths(month, -1));
          }}
        >
          <span aria-hidden="true">‹</span>
        </button>
        <h3 id={`${id}-month`} className="month-label" aria-live="polite">
          {formatMonth(month)}
        </h3>
        <button
          type="button"
          className="button-secondary month-step"
          aria-label="Next month"
          disabled={!canGoOn}
          onClick={() => {
            setFocused(null);
            onMonthChange(addMonths(month, 1));
          }}
        >
          <span aria-hidden="true">›</span>
        </button>
      </div>
      <table ref={grid} role="grid" className="month-grid" aria-labelledby={`${id}-month`}>
        <thead>
          <tr>
            {WEEKDAYS.map(([short, long]) => (
              <th key={long} scope="col" abbr={long}>
                {short}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week) => (
            <tr key={week.find(Boolean)}>
              {week.map((date, i) => {
                if (!date) return <td key={`blank-${i}`} />;
                const count = openCounts.get(date) ?? 0;
                const shown = date >= firstDate && date <= lastDate;
                const available = shown && count > 0;
                const label = `${formatDay(date)}: ${
                  !shown
                    ? date < firstDate
                      ? 'past'
                      : 'not bookable yet'
                    : count === 0
                      ? 'no open times'
                      : `${count} open ${count === 1 ? 'time' : 'times'}`
                }`;
                return (
                  <td key={date} aria-selected={date === selected}>
                    <button
                      type="button"
                      data-date={date}
                      tabIndex={date === tabStop ? 0 : -1}
                      className={`month-day${available ? ' has-times' : ''}`}
                      aria-label={label}
                      aria-disabled={available ? undefined : true}
                      aria-current={date === today ? 'date' : undefined}
                      onKeyDown={(e) => onKeyDown(e, date)}
                      onFocus={() => setFocused(date)}
                      onClick={() => {
                        if (available) onSelect(date);
                      }}
                    >
                      <span aria-hidden="true">{Number(date.slice(8))}</span>
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="month-legend muted">
        <span className="legend-dot" aria-hidden="true" /> Days with open times
      </p>
    </div>
  );
}
