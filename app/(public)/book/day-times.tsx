'use client';

// One day's open times, grouped into morning, afternoon and evening in the viewer's zone. For
// "first available" each time names the therapist it is with, so the time and the person never
// disagree with what the confirm step books.
import { useId } from 'react';
import { formatTime } from '@/app/_components/local-time';
import type { OpenSlot } from '@/app/_components/week-slots';

const PARTS = [
  { name: 'Morning', until: 12 },
  { name: 'Afternoon', until: 17 },
  { name: 'Evening', until: 24 },
] as const;

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .map((part) => part[0]!.toUpperCase())
    .slice(0, 2)
    .join('');
}

export function DayTimes({
  slots,
  therapistNames,
  showWho,
  selectedStart,
  onSelect,
}: {
  /** One slot per start, sorted. */
  slots: OpenSlot[];
  therapistNames: ReadonlyMap<string, string>;
  /** "First available": say whose each time is. */
  showWho: boolean;
  selectedStart: string | null;
  onSelect: (slot: OpenSlot) => void;
}) {
  const id = useId();
  let from = 0;
  const groups = PARTS.map((part) => {
    const start = from;
    from = part.until;
    return {
      ...part,
      slots: slots.filter((s) => {
        const h = new Date(s.start).getHours();
        return h >= start && h < part.until;
      }),
    };
  }).filter((g) => g.slots.length > 0);

  return (
    <div className="day-times">
      {groups.map((group) => (
        <div key={group.name} className="day-part">
          <h4 id={`${id}-${group.name}`} className="day-part-name">
            {group.name}
          </h4>
          <ul className={`slot-grid bare${showWho ? ' with-who' : ''}`} aria-labelledby={`${id}-${group.name}`}>
            {group.slots.map((slot) => {
              const time = formatTime(new Date(slot.start));
              const who = therapistNames.get(slot.therapistId) ?? 'a therapist';
              return (
                <li key={slot.start}>
                  <button
                    type="button"
                    className="slot-time"
                    aria-pressed={slot.start === selectedStart}
                    onClick={() => onSelect(slot)}
                  >
                    <span className="slot-clock">{time}</span>
                    {showWho && (
                      <>
                        {' '}
                        <span className="slot-who">
                          <span className="avatar" aria-hidden="true">
                            {initials(who)}
                          </span>
                          <span className="slot-who-name">
                            <span className="visually-hidden">with</span> {who}
                          </span>
                        </span>
                      </>
                    )}
                  </button>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </div>
  );
}
