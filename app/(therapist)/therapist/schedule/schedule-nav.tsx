// The day/week switch and previous/today/next steps of the therapist's schedule, shared by the
// list (/therapist/schedule) and the time grid (/therapist/calendar).
import type { ReactNode } from 'react';
import Link from 'next/link';
import type { CalendarView } from '@/lib/scheduling/therapist-calendar';

export function ScheduleNav({
  view,
  dates,
  href,
  extraView,
}: {
  view: CalendarView;
  dates: { date: string; previous: string; today: string; next: string };
  href: (view: CalendarView, date: string) => string;
  /** One more entry after Day and Week (the grid links to the list). */
  extraView?: ReactNode;
}) {
  const unit = view === 'day' ? 'day' : 'week';
  const step = (date: string, label: string) => (
    <li>
      <Link href={href(view, date)} className="button button-secondary button-small">
        {label}
      </Link>
    </li>
  );
  return (
    <nav className="schedule-nav" aria-label="Calendar">
      <ul className="bare schedule-views">
        {(['day', 'week'] as const).map((v) => (
          <li key={v}>
            <Link
              href={href(v, dates.date)}
              className="button button-secondary button-small"
              aria-current={v === view ? 'page' : undefined}
            >
              {v === 'day' ? 'Day' : 'Week'}
            </Link>
          </li>
        ))}
        {extraView && <li>{extraView}</li>}
      </ul>
      <ul className="bare schedule-steps">
        {step(dates.previous, `Previous ${unit}`)}
        {step(dates.today, 'Today')}
        {step(dates.next, `Next ${unit}`)}
      </ul>
    </nav>
  );
}
