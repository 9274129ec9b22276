import type { Metadata } from 'next';
import Link from 'next/link';
import { requireRole } from '@/lib/auth/guards';
import { listAppointments } from '@/lib/booking/list-appointments';
import { toAppointmentView } from '@/lib/booking/appointment-view';
import type { AppointmentView } from '@/lib/booking/schemas';
import { listVisitTypes } from '@/lib/clinics/list-visit-types';
import { STATUS_LABEL } from '@/app/_components/format';
import { LocalTime } from '@/app/_components/local-time';
import type { SearchParams } from '@/app/_components/search-params';
import { AppointmentActions } from './appointment-actions';
import { FlashMessage, FlashProvider } from './flash';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Your appointments' };

function AppointmentSummary({ appointment: a, headingId }: { appointment: AppointmentView; headingId: string }) {
  return (
    <>
      <div className="appointment-heading">
        <h3 id={headingId}>{a.visitType.name}, <LocalTime iso={a.start} /></h3>
        <span className="badge">{STATUS_LABEL[a.status]}</span>
      </div>
      <dl className="details">
        <div><dt>With</dt><dd>{a.therapist.name}</dd></div>
        <div>
          <dt>Where</dt>
          <dd>{a.clinic ? `${a.clinic.name}, ${a.clinic.addressLine1}, ${a.clinic.city}, ${a.clinic.state} ${a.clinic.zip}` : 'Video visit'}</dd>
        </div>
        <div><dt>Length</dt><dd>{a.visitType.durationMinutes} min</dd></div>
      </dl>
    </>
  );
}

export default async function AppointmentsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  // The layout guards too, but pages and layouts render in parallel: the page checks for itself.
  const [user, params] = await Promise.all([requireRole('PATIENT', '/patient/appointments'), searchParams]);
  const [upcoming, past, visitTypes] = await Promise.all([
    listAppointments(user, { scope: 'upcoming' }).then((list) => list.map(toAppointmentView)),
    listAppointments(user, { scope: 'past' }).then((list) => list.map(toAppointmentView)),
    listVisitTypes(),
  ]);
  const lateFee = new Map(visitTypes.map((v) => [v.id, v.lateCancellationFeeCents]));
  const booked = typeof params.booked === 'string' && upcoming.some((a) => a.id === params.booked);

  return (
    <FlashProvider>
      <div className="stack">
        <div>
          <h1>Your appointments</h1>
          {booked && <p className="notice notice-success" role="status">Your visit is booked. A confirmation email is on its way.</p>}
          <FlashMessage />
          <p><Link href="/book" className="button">Book a visit</Link></p>
        </div>

        <section aria-labelledby="upcoming-heading">
          <h2 id="upcoming-heading">Upcoming</h2>
          {upcoming.length === 0 ? <p className="empty">No upcoming visits. <Link href="/book">Book a visit</Link> when you are ready.</p> : (
            <ul className="appointment-list bare">
              {upcoming.map((a) => (
                <li key={a.id} className="card appointment">
                  <AppointmentSummary appointment={a} headingId={`appointment-${a.id}`} />
                  {a.status === 'BOOKED' && (
                    <AppointmentActions describedBy={`appointment-${a.id}`} appointment={{
                      id: a.id, start: a.start, visitTypeId: a.visitType.id, visitTypeName: a.visitType.name,
                      therapistId: a.therapist.id, clinicId: a.clinic?.id ?? null,
                      freeCancellationHours: a.visitType.freeCancellationHours,
                      lateCancellationFeeCents: lateFee.get(a.visitType.id) ?? null, currency: a.currency,
                    }} />
                  )}
                </li>
              ))}
            </ul>
          )}
        </section>

        <section aria-labelledby="past-heading">
          <h2 id="past-heading">Past</h2>
          {past.length === 0 ? <p className="empty">No past visits yet.</p> : (
            <ul className="appointment-list bare">
              {past.map((a) => (
                <li key={a.id} className="card appointment">
                  <AppointmentSummary appointment={a} headingId={`appointment-${a.id}`} />
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </FlashProvider>
  );
}
