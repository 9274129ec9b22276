// What the patient sees straight after booking (and after paying at Checkout): the visit, where
// it is with directions, or how to join a video visit, and "Add to calendar".
import Link from 'next/link';
import type { AppointmentView } from '@/lib/booking/schemas';
import { OPENS_MINUTES_BEFORE_START } from '@/lib/video/join-window';
import { LocalTime } from '@/app/_components/local-time';
import { AddToCalendarLink, clinicAddress, DirectionsLink } from '@/app/_components/directions-link';

export function BookingConfirmation({ appointment: a, intro }: { appointment: AppointmentView; intro: string }) {
  const headingId = `confirmation-${a.id}`;
  return (
    <section className="card confirmation" aria-labelledby={headingId}>
      <p className="notice notice-success" role="status">
        {intro}
      </p>
      <h2 id={headingId}>
        {a.visitType.name} with {a.therapist.name}, <LocalTime iso={a.start} />
      </h2>
      {a.clinic ? (
        <dl className="details">
          <div>
            <dt>Where</dt>
            <dd>
              {a.clinic.name}
              <br />
              <span data-testid="clinic-address">{clinicAddress(a.clinic)}</span>
              <br />
              <DirectionsLink clinicName={a.clinic.name} address={clinicAddress(a.clinic)} />
            </dd>
          </div>
        </dl>
      ) : (
        <div>
          <h3>How to join your video visit</h3>
          <ol>
            <li>
              From {OPENS_MINUTES_BEFORE_START} minutes before the start, a <strong>Join video visit</strong> button appears on
              this page and on your dashboard.
            </li>
            <li>Use a phone, tablet or computer with a camera, in a quiet place with a good connection.</li>
            <li>
              <Link href="/patient/device-test">Test your camera and microphone</Link> any time before the visit.
            </li>
          </ol>
        </div>
      )}
      <div className="actions">
        <AddToCalendarLink appointmentId={a.id} describedBy={headingId} />
      </div>
    </section>
  );
}
