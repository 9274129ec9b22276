import type { Metadata } from 'next';
import Link from 'next/link';
import { requireRole } from '@/lib/auth/guards';
import type { SearchParams } from '@/app/_components/search-params';
import { loadTherapistGrid } from '@/lib/scheduling/load-therapist-grid';
import { parseLocalDate, type CalendarView } from '@/lib/scheduling/therapist-calendar';
import { formatDay, formatDayRange } from '@/app/_components/plans/short-date';
import { buildGridModel } from '@/app/_components/time-grid/grid-model';
import { TimeGrid } from '@/app/_components/time-grid/time-grid';
import { visitActionFacts } from '../visit-action-facts';
import '../schedule/schedule.css';
import '@/app/_components/time-grid/time-grid.css';
import { ScheduleNav } from '../schedule/schedule-nav';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Calendar' };

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
const href = (view: CalendarView, date: string) => `/therapist/calendar?view=${view}&date=${date}`;
const LONG_DATE: Intl.DateTimeFormatOptions = { weekday: 'long', month: 'long', day: 'numeric', year: 'numeric' };

export default async function CalendarPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const [user, params] = await Promise.all([requireRole('THERAPIST', '/therapist/calendar'), searchParams]);
  const view: CalendarView = first(params.view) === 'day' ? 'day' : 'week';
  const now = new Date();
  const grid = await loadTherapistGrid(user, view, parseLocalDate(first(params.date)), now);
  const unit = view === 'day' ? 'day' : 'week';
  const title = view === 'day' ? formatDay(grid.date, LONG_DATE) : `Week of ${formatDayRange(grid.days[0]!, grid.days[6]!)}`;
  const model = buildGridModel(
    grid.gridDays.map((day) => ({
      key: day.date,
      therapistId: grid.therapistId,
      day,
      isToday: day.date === grid.today,
      heading: formatDay(
        day.date,
        view === 'day'
          ? { weekday: 'long', month: 'long', day: 'numeric' }
          : { weekday: 'short', month: 'short', day: 'numeric' },
      ),
      headingHref: view === 'week' ? href('day', day.date) : null,
    })),
    grid,
    grid.timezone,
    now.getTime(),
    (v) =>
      visitActionFacts(
        { ...v, startsAt: new Date(v.start), checkedInAt: v.checkedInAt ? new Date(v.checkedInAt) : null },
        grid.timezone,
        now,
      ),
  );
  const count = grid.visits.length;

  return (
    <div className="schedule">
      <h1>Calendar</h1>
      <ScheduleNav
        view={view}
        dates={grid}
        href={href}
        extraView={
          <Link href={`/therapist/schedule?view=${view}&date=${grid.date}`} className="button button-secondary button-small">
            List
          </Link>
        }
      />
      <h2 className="schedule-title">{title}</h2>
      <p className="muted">
        Times in your zone, {grid.timezone}.{' '}
        {count === 0 ? 'No appointments' : `${count} ${count === 1 ? 'appointment' : 'appointments'}`} this {unit}.{' '}
        <span className="modality-tag modality-in-clinic">In clinic</span> visits have a solid bar,{' '}
        <span className="modality-tag modality-virtual">Video</span> visits a dashed, striped block. Your hours are white, time
        off is hatched. Drag a visit to move it, or use the arrow keys on it (Enter moves it there, Escape cancels), or select it
        and choose “Move to…”. Drag down empty time to block it or to book a patient.
      </p>
      <TimeGrid model={model} mode="therapist" therapists={null} now={now.getTime()} visitTypes={grid.visitTypes} />
    </div>
  );
}
