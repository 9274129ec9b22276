import type { Metadata } from 'next';
import { requireRole } from '@/lib/auth/guards';
import type { SearchParams } from '@/app/_components/search-params';
import { loadTherapistCalendar } from '@/lib/scheduling/load-therapist-calendar';
import { parseLocalDate, type CalendarView } from '@/lib/scheduling/therapist-calendar';
import { CalendarDay } from './calendar-day';
import './schedule.css';
import { formatDay, formatDayRange } from '@/app/_components/plans/short-date';
import { ScheduleNav } from './schedule-nav';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Schedule' };

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
const href = (view: CalendarView, date: string) => `/therapist/schedule?view=${view}&date=${date}`;

const LONG_DATE: Intl.DateTimeFormatOptions = { weekday: 'long', month: 'long', day: 'numeric', year: 'numeric' };

export default async function SchedulePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const [user, params] = await Promise.all([requireRole('THERAPIST', '/therapist/schedule'), searchParams]);
  const view: CalendarView = first(params.view) === 'day' ? 'day' : 'week';
  const calendar = await loadTherapistCalendar(user, view, parseLocalDate(first(params.date)));
  const unit = view === 'day' ? 'day' : 'week';
  const title =
    view === 'day' ? formatDay(calendar.date, LONG_DATE) : `Week of ${formatDayRange(calendar.days[0]!, calendar.days[6]!)}`;
  const count = calendar.byDay.reduce((n, d) => n + d.appointments.length, 0);
  const now = new Date();

  return (
    <div className="schedule">
      <h1>Schedule</h1>
      <ScheduleNav view={view} dates={calendar} href={href} />
      <h2 className="schedule-title">{title}</h2>
      <p className="muted">
        Times in your zone, {calendar.timezone}.{' '}
        {count === 0 ? 'No appointments' : `${count} ${count === 1 ? 'appointment' : 'appointments'}`} this {unit}.{' '}
        <span className="modality-tag modality-in-clinic">In clinic</span> visits are marked with a solid bar,{' '}
        <span className="modality-tag modality-virtual">Video</span> visits with a dashed one.
      </p>
      {calendar.byDay.map((day) => (
        <CalendarDay
          key={day.date}
          date={day.date}
          heading={formatDay(day.date, { weekday: 'long', month: 'long', day: 'numeric' })}
          isToday={day.date === calendar.today}
          dayLink={view === 'week' ? href('day', day.date) : null}
          appointments={day.appointments}
          timeZone={calendar.timezone}
          now={now}
        />
      ))}
    </div>
  );
}
