import type { Metadata } from 'next';
import Link from 'next/link';
import { requireRole } from '@/lib/auth/guards';
import { DashboardHeading } from '@/app/_components/dashboard-heading';
import { LicenseAlert } from '@/app/_components/license-alert';
import type { SearchParams } from '@/app/_components/search-params';
import { STATUS_LABEL } from '@/app/_components/format';
import { JoinVisitLink } from '@/app/_components/visit-room/join-visit-link';
import { listTodaysSchedule } from '@/lib/booking/list-todays-schedule';
import { toAppointmentView } from '@/lib/booking/appointment-view';
import { roomOpenNow } from '@/lib/video/join-window';
import { listOpenFlags } from '@/lib/flags/list-open-flags';
import { listTreatedPatients } from '@/lib/plans/list-treated-patients';
import { FlagsCard, PatientsSection } from './patients-overview';
import { VisitActions } from './visit-actions';
import { visitActionFacts } from './visit-action-facts';
import './schedule/schedule.css';

/** "9:30 AM" in the therapist's own zone (their day, wherever the server runs). */
function formatTime(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-US', { hour: 'numeric', minute: '2-digit', timeZone }).format(new Date(iso));
}

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Your schedule' };

export default async function TherapistDashboard({ searchParams }: { searchParams: Promise<SearchParams> }) {
  // The layout guards too, but pages and layouts render in parallel: the page checks for itself.
  const [user, params] = await Promise.all([requireRole('THERAPIST', '/therapist'), searchParams]);
  const { timezone, appointments, needsNoShowReview, checkedInAt } = await listTodaysSchedule(user);
  const now = new Date();
  const today = appointments.map((a) => ({
    ...toAppointmentView(a),
    actions: visitActionFacts({ ...a, checkedInAt: checkedInAt.get(a.id) ?? null }, timezone, now),
  }));
  const [flags, patients] = await Promise.all([listOpenFlags(user), listTreatedPatients(user)]);
  return (
    <>
      <DashboardHeading name={user.name} searchParams={params}>
        Your day at a glance: who you are seeing and how your patients are doing.
      </DashboardHeading>
      <LicenseAlert user={user} />
      <div className="grid">
        <section className="card" aria-labelledby="schedule-heading">
          <h2 id="schedule-heading">Today&rsquo;s schedule</h2>
          {today.length === 0 ? (
            <p className="empty">
              No appointments today. Clinic and video visits booked with you will be listed here in time order.
            </p>
          ) : (
            <ul className="bare schedule-list">
              {today.map((a) => (
                <li key={a.id} id={`schedule-${a.id}`}>
                  <strong>{formatTime(a.start, timezone)}</strong> {a.patient.name} · {a.visitType.name} ·{' '}
                  <span className={`modality-tag ${a.clinic ? 'modality-in-clinic' : 'modality-virtual'}`}>
                    {a.clinic ? 'In clinic' : 'Video'}
                  </span>{' '}
                  {a.clinic ? a.clinic.name : 'Video visit'}
                  {a.status !== 'BOOKED' && (
                    <>
                      {' '}
                      · <span className="badge">{STATUS_LABEL[a.status]}</span>
                    </>
                  )}
                  {needsNoShowReview.has(a.id) && (
                    <>
                      {' '}
                      · <Link href={`/therapist/visits/${a.id}`}>Patient did not join: confirm a no-show</Link>
                    </>
                  )}
                  {a.modality === 'VIRTUAL' && a.status === 'BOOKED' && (
                    <>
                      {' '}
                      <JoinVisitLink
                        href={`/therapist/visits/${a.id}`}
                        start={a.start}
                        end={a.end}
                        initiallyOpen={roomOpenNow(a, now)}
                        describedBy={`schedule-${a.id}`}
                      />
                    </>
                  )}{' '}
                  <VisitActions visit={a.actions} timeZone={timezone} describedBy={`schedule-${a.id}`} />
                </li>
              ))}
            </ul>
          )}
        </section>
        <FlagsCard flags={flags} />
      </div>
      <PatientsSection patients={patients} />
      <p className="actions">
        <Link href="/therapist/schedule" className="button button-secondary">
          Week calendar
        </Link>
        <Link href="/therapist/exercises" className="button button-secondary">
          Exercise library
        </Link>
      </p>
    </>
  );
}
