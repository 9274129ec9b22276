// One local day of the therapist's calendar: a table a screen reader can walk row by row (the
// time heads each row), which stacks into cards on a narrow tablet or phone.
import Link from 'next/link';
import { formatMoney, STATUS_LABEL } from '@/app/_components/format';
import { PAYMENT_STATUS_LABEL, type PaymentFacts } from '@/app/_components/payment-text';
import { JoinVisitLink } from '@/app/_components/visit-room/join-visit-link';
import type { CalendarVisit } from '@/lib/scheduling/load-therapist-calendar';
import { videoAccess } from '@/lib/video/join-window';
import { VisitActions } from '../visit-actions';
import { visitActionFacts } from '../visit-action-facts';

function timeRange(a: CalendarVisit, timeZone: string): string {
  return new Intl.DateTimeFormat('en-US', { hour: 'numeric', minute: '2-digit', timeZone }).formatRange(a.startsAt, a.endsAt);
}

function paymentText(a: CalendarVisit): string {
  // A priced visit without a payment was booked by the clinic for the patient: billed by the clinic.
  if (!a.payment) return a.priceCents === 0 ? 'No charge' : 'Billed by the clinic';
  const label = PAYMENT_STATUS_LABEL[a.payment.status as PaymentFacts['status']] ?? a.payment.status;
  return a.payment.method === 'INSURANCE' ? label : `${label} · ${formatMoney(a.payment.amountCents, a.payment.currency)}`;
}

export function CalendarDay({
  date,
  heading,
  isToday,
  dayLink,
  appointments,
  timeZone,
  now,
}: {
  date: string;
  heading: string;
  isToday: boolean;
  dayLink: string | null;
  appointments: CalendarVisit[];
  timeZone: string;
  now: Date;
}) {
  const headingId = `day-${date}`;
  return (
    <section className="calendar-day" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {dayLink ? <Link href={dayLink}>{heading}</Link> : heading}
        {isToday && (
          <>
            {' '}
            <span className="badge">Today</span>
          </>
        )}
      </h3>
      {appointments.length === 0 ? (
        <p className="empty">No appointments.</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table calendar-table">
            <caption className="sr-only">Appointments on {heading}</caption>
            <thead>
              <tr>
                <th scope="col">Time</th>
                <th scope="col">Patient</th>
                <th scope="col">Visit</th>
                <th scope="col">Where</th>
                <th scope="col">Status</th>
                <th scope="col">Payment</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {appointments.map((a) => {
                const rowId = `visit-${a.id}`;
                const virtual = a.modality === 'VIRTUAL';
                const joinable = videoAccess(a, now) === 'open';
                return (
                  <tr key={a.id} id={rowId} className={virtual ? 'visit-virtual' : 'visit-in-clinic'}>
                    <th scope="row" data-label="Time">
                      <Link href={`/therapist/visits/${a.id}`}>{timeRange(a, timeZone)}</Link>
                    </th>
                    <td data-label="Patient">
                      <Link href={`/therapist/patients/${a.patient.id}`}>{a.patient.user.name}</Link>
                    </td>
                    <td data-label="Visit">
                      {a.visitType.name} ({a.visitType.durationMinutes} min)
                    </td>
                    <td data-label="Where">
                      <span className={`modality-tag ${virtual ? 'modality-virtual' : 'modality-in-clinic'}`}>
                        {virtual ? 'Video' : 'In clinic'}
                      </span>
                      {!virtual && a.clinic && <> {a.clinic.name}</>}
                    </td>
                    <td data-label="Status">
                      {STATUS_LABEL[a.status]}
                      {a.needsNoShowReview && <> · patient did not join</>}
                    </td>
                    <td data-label="Payment">{paymentText(a)}</td>
                    <td data-label="Actions">
                      {virtual && a.status === 'BOOKED' && (
                        <JoinVisitLink
                          href={`/therapist/visits/${a.id}`}
                          start={a.startsAt.toISOString()}
                          end={a.endsAt.toISOString()}
                          initiallyOpen={joinable}
                          describedBy={rowId}
                        />
                      )}
                      <VisitActions visit={visitActionFacts(a, timeZone, now)} timeZone={timeZone} describedBy={rowId} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
