import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requireRole } from '@/lib/auth/guards';
import { AppError } from '@/lib/errors';
import type { SearchParams } from '@/app/_components/search-params';
import { loadFrontDeskDay } from '@/lib/admin/load-front-desk-day';
import { parseLocalDate } from '@/lib/scheduling/therapist-calendar';
import { addDays } from '@/lib/scheduling/zoned-time';
import { formatDay } from '@/app/_components/plans/short-date';
import { buildGridModel } from '@/app/_components/time-grid/grid-model';
import { TimeGrid } from '@/app/_components/time-grid/time-grid';
import '@/app/(therapist)/therapist/schedule/schedule.css';
import '@/app/_components/time-grid/time-grid.css';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Front desk' };

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
const ID = /^[A-Za-z0-9_-]{1,40}$/;
const idParam = (v: string | undefined) => (v && ID.test(v) ? v : null);

export default async function FrontDeskPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const [user, params] = await Promise.all([requireRole('ADMIN', '/admin/schedule'), searchParams]);
  const rawClinic = first(params.clinic);
  if (rawClinic && !idParam(rawClinic)) notFound();
  const query = {
    clinicId: idParam(rawClinic),
    date: parseLocalDate(first(params.date)),
    visitTypeId: idParam(first(params.type)),
  };
  const now = new Date();
  const desk = await loadFrontDeskDay(user, query, now).catch((err: unknown) => {
    if (err instanceof AppError && err.code === 'NOT_FOUND') notFound();
    throw err;
  });
  if (!desk.clinic || !desk.day || !desk.today) {
    return (
      <div className="stack">
        <h1>Front desk</h1>
        <p className="empty">No open clinics to show.</p>
      </div>
    );
  }
  const { clinic, day, today } = desk;
  const href = (date: string) =>
    `/admin/schedule?${new URLSearchParams({ clinic: clinic.id, date, ...(query.visitTypeId ? { type: query.visitTypeId } : {}) })}`;
  const model = buildGridModel(
    desk.therapists.map((t) => ({
      key: t.id,
      therapistId: t.id,
      day,
      heading: t.name,
      headingHref: null,
      isToday: false,
    })),
    desk,
    clinic.timezone,
    now.getTime(),
  );
  const count = desk.visits.length;

  return (
    <div className="schedule">
      <h1>Front desk</h1>
      <form className="tg-filters" method="get" action="/admin/schedule">
        <div className="field">
          <label htmlFor="desk-clinic">Clinic</label>
          <select id="desk-clinic" name="clinic" defaultValue={clinic.id}>
            {desk.clinics.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="desk-date">Date</label>
          <input id="desk-date" name="date" type="date" defaultValue={day.date} />
        </div>
        <div className="field">
          <label htmlFor="desk-type">Visit type</label>
          <select id="desk-type" name="type" defaultValue={query.visitTypeId ?? ''}>
            <option value="">All visit types</option>
            {desk.visitTypes.map((v) => (
              <option key={v.id} value={v.id}>
                {v.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button-small">
          Show
        </button>
      </form>
      <nav className="schedule-nav" aria-label="Day">
        <ul className="bare schedule-steps">
          <li>
            <Link href={href(addDays(day.date, -1))} className="button button-secondary button-small">
              Previous day
            </Link>
          </li>
          <li>
            <Link href={href(today)} className="button button-secondary button-small">
              Today
            </Link>
          </li>
          <li>
            <Link href={href(addDays(day.date, 1))} className="button button-secondary button-small">
              Next day
            </Link>
          </li>
        </ul>
      </nav>
      <h2 className="schedule-title">
        {clinic.name}: {formatDay(day.date, { weekday: 'long', month: 'long', day: 'numeric', year: 'numeric' })}
      </h2>
      <p className="muted">
        Times in the clinic’s zone, {clinic.timezone}.{' '}
        {count === 0 ? 'No appointments' : `${count} ${count === 1 ? 'appointment' : 'appointments'}`} with{' '}
        {desk.therapists.length} {desk.therapists.length === 1 ? 'therapist' : 'therapists'}. Drag a visit to another time, or to
        a colleague’s column at the same time; or select it and choose “Move to…”. Print this page for the day sheet.
      </p>
      {desk.therapists.length === 0 ? (
        <p className="empty">No therapist works at this clinic.</p>
      ) : (
        <TimeGrid
          model={model}
          mode="frontDesk"
          visitTypes={desk.visitTypes}
          clinicId={clinic.id}
          therapists={desk.therapists.map(({ id, name }) => ({ id, name }))}
          now={now.getTime()}
        />
      )}
    </div>
  );
}
