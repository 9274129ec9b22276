import type { Metadata } from 'next';
import Link from 'next/link';
import { requireRole } from '@/lib/auth/guards';
import { listAppointments } from '@/lib/booking/list-appointments';
import { toAppointmentView } from '@/lib/booking/appointment-view';
import type { AppointmentView } from '@/lib/booking/schemas';
import { listVisitTypes } from '@/lib/clinics/list-visit-types';
import { listOwnVisitPayments } from '@/lib/payments/list-payments';
import type { PaymentView } from '@/lib/payments/schemas';
import { STATUS_LABEL } from '@/app/_components/format';
import { LocalTime } from '@/app/_components/local-time';
import type { SearchParams } from '@/app/_components/search-params';
import { AppointmentActions } from './appointment-actions';
import { FlashMessage, FlashProvider } from './flash';
import { JoinVisitLink } from '@/app/_components/visit-room/join-visit-link';
import { roomOpenNow } from '@/lib/video/join-window';
import { PaymentNotice } from './payment-status';
import { CompletePayment } from './complete-payment';
import { paymentLine } from '@/app/_components/payment-text';
import { listSignedNoteVisits } from '@/lib/notes/list-signed-note-visits';
import { listCancelledVisits } from '@/lib/booking/list-cancelled-visits';
import { AddToCalendarLink, clinicAddress, DirectionsLink } from '@/app/_components/directions-link';
import { BookingConfirmation } from './booking-confirmation';
import { CancelledVisits } from './cancelled-visits';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Your appointments' };

function AppointmentSummary({
  appointment: a,
  headingId,
  payment,
}: {
  appointment: AppointmentView;
  headingId: string;
  payment?: PaymentView;
}) {
  return (
    <>
      <div className="appointment-heading">
        <h3 id={headingId}>
          {a.visitType.name}, <LocalTime iso={a.start} />
        </h3>
        <span className="badge">{STATUS_LABEL[a.status]}</span>
      </div>
      <dl className="details">
        <div>
          <dt>With</dt>
          <dd>{a.therapist.name}</dd>
        </div>
        <div>
          <dt>Where</dt>
          <dd>
            {a.clinic ? `${a.clinic.name}, ${clinicAddress(a.clinic)}` : 'Video visit'}
            {a.clinic && a.status === 'BOOKED' && (
              <>
                {' '}
                · <DirectionsLink clinicName={a.clinic.name} address={clinicAddress(a.clinic)} />
              </>
            )}
          </dd>
        </div>
        <div>
          <dt>Length</dt>
          <dd>{a.visitType.durationMinutes} min</dd>
        </div>
        {payment && (
          <div>
            <dt>Payment</dt>
            <dd>
              {payment.status === 'PENDING' && a.holdExpiresAt ? (
                <>
                  Waiting for your payment; the time is held until <LocalTime iso={a.holdExpiresAt} />.
                </>
              ) : (
                paymentLine(payment)
              )}
            </dd>
          </div>
        )}
      </dl>
    </>
  );
}

function actionablePayment(p: PaymentView | undefined) {
  if (!p) return null;
  const paid = p.status === 'SUCCEEDED' || p.status === 'PARTIALLY_REFUNDED' || p.status === 'REFUNDED';
  return { method: p.method, paid, amountCents: p.amountCents, refundedCents: p.refundedCents };
}

export default async function AppointmentsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  // The layout guards too, but pages and layouts render in parallel: the page checks for itself.
  const [user, params] = await Promise.all([requireRole('PATIENT', '/patient/appointments'), searchParams]);
  const [upcoming, past, cancelled, visitTypes, payments, withNote] = await Promise.all([
    listAppointments(user, { scope: 'upcoming' }).then((list) => list.map(toAppointmentView)),
    // Cancelled visits, past or future, have their own folded list below.
    listAppointments(user, { scope: 'past' }).then((list) => list.filter((a) => a.status !== 'CANCELLED').map(toAppointmentView)),
    listCancelledVisits(user),
    listVisitTypes(),
    listOwnVisitPayments(user),
    listSignedNoteVisits(user),
  ]);
  const lateFee = new Map(visitTypes.map((v) => [v.id, v.lateCancellationFeeCents]));
  const paymentOf = new Map(payments.map((p) => [p.appointment.id, p]));
  const booked =
    typeof params.booked === 'string' ? upcoming.find((a) => a.id === params.booked && a.status === 'BOOKED') : undefined;
  // Back from Checkout: what the server knows decides what we say, never the return itself.
  const paidFor = typeof params.paid === 'string' ? payments.find((p) => p.appointment.id === params.paid) : undefined;
  const paidAndBooked =
    paidFor?.status === 'SUCCEEDED' ? upcoming.find((a) => a.id === paidFor.appointment.id && a.status === 'BOOKED') : undefined;
  const leftCheckout =
    params.checkout === 'cancelled' && typeof params.appointment === 'string'
      ? payments.find((p) => p.appointment.id === params.appointment)
      : undefined;

  return (
    <FlashProvider>
      <div className="stack">
        <div>
          <h1>Your appointments</h1>
          {booked && (
            <BookingConfirmation appointment={booked} intro="Your visit is booked. A confirmation email is on its way." />
          )}
          {paidAndBooked ? (
            <BookingConfirmation
              appointment={paidAndBooked}
              intro="Payment received. Your visit is booked. A confirmation email is on its way."
            />
          ) : (
            paidFor && <PaymentNotice kind="paid" payment={paidFor} />
          )}
          {leftCheckout && <PaymentNotice kind="left-checkout" payment={leftCheckout} />}
          <FlashMessage />
          <div className="actions">
            <Link href="/book" className="button">
              Book a visit
            </Link>
            <Link href="/patient/payments" className="button button-secondary">
              Payments and receipts
            </Link>
          </div>
        </div>

        <section aria-labelledby="upcoming-heading">
          <h2 id="upcoming-heading">Upcoming</h2>
          {upcoming.length === 0 ? (
            <p className="empty">
              No upcoming visits. <Link href="/book">Book a visit</Link> when you are ready.
            </p>
          ) : (
            <ul className="appointment-list bare">
              {upcoming.map((a) => (
                <li key={a.id} className="card appointment">
                  <AppointmentSummary appointment={a} headingId={`appointment-${a.id}`} payment={paymentOf.get(a.id)} />
                  {withNote.has(a.id) && (
                    <p>
                      <Link href={`/patient/visits/${a.id}`} aria-describedby={`appointment-${a.id}`}>
                        Read the visit note
                      </Link>
                    </p>
                  )}
                  {a.status === 'BOOKED' && a.modality === 'VIRTUAL' && (
                    <JoinVisitLink
                      href={`/patient/visits/${a.id}`}
                      start={a.start}
                      end={a.end}
                      initiallyOpen={roomOpenNow(a)}
                      describedBy={`appointment-${a.id}`}
                    />
                  )}
                  {a.status === 'HELD' && paymentOf.get(a.id)?.status === 'PENDING' && (
                    <CompletePayment paymentId={paymentOf.get(a.id)!.id} describedBy={`appointment-${a.id}`} />
                  )}
                  {a.status === 'BOOKED' && (
                    <p>
                      <AddToCalendarLink appointmentId={a.id} describedBy={`appointment-${a.id}`} />
                    </p>
                  )}
                  {a.status === 'BOOKED' && (
                    <AppointmentActions
                      describedBy={`appointment-${a.id}`}
                      appointment={{
                        id: a.id,
                        start: a.start,
                        visitTypeId: a.visitType.id,
                        visitTypeName: a.visitType.name,
                        therapistId: a.therapist.id,
                        clinicId: a.clinic?.id ?? null,
                        freeCancellationHours: a.visitType.freeCancellationHours,
                        lateCancellationFeeCents: lateFee.get(a.visitType.id) ?? null,
                        currency: a.currency,
                        payment: actionablePayment(paymentOf.get(a.id)),
                      }}
                    />
                  )}
                </li>
              ))}
            </ul>
          )}
        </section>

        <section aria-labelledby="past-heading">
          <h2 id="past-heading">Past</h2>
          {past.length === 0 ? (
            <p className="empty">No past visits yet.</p>
          ) : (
            <ul className="appointment-list bare">
              {past.map((a) => (
                <li key={a.id} className="card appointment">
                  <AppointmentSummary appointment={a} headingId={`appointment-${a.id}`} payment={paymentOf.get(a.id)} />
                  {withNote.has(a.id) && (
                    <p>
                      <Link href={`/patient/visits/${a.id}`} aria-describedby={`appointment-${a.id}`}>
                        Read the visit note
                      </Link>
                    </p>
                  )}
                </li>
              ))}
            </ul>
          )}
        </section>

        <CancelledVisits visits={cancelled} />
      </div>
    </FlashProvider>
  );
}
