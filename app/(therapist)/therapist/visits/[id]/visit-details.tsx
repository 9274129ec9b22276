// The in-clinic visit at a glance for its therapist: who, when, where, and the check-in.
import Link from 'next/link';
import type { AppointmentRecord } from '@/lib/booking/appointment-view';
import { checkInWindow } from '@/lib/booking/check-in-window';
import { STATUS_LABEL } from '@/app/_components/format';
import { LocalTime } from '@/app/_components/local-time';
import { CheckInButton } from './check-in-button';

export function VisitDetails({
  appointment: a,
  checkedInAt,
  now,
}: {
  appointment: AppointmentRecord;
  checkedInAt: Date | null;
  now: Date;
}) {
  const zone = a.clinic?.timezone ?? a.therapist.timezone;
  const { opensAt, closesAt } = checkInWindow({ startsAt: a.startsAt, timezone: zone });
  const canCheckIn = a.modality === 'IN_CLINIC' && a.status === 'BOOKED' && !checkedInAt && now >= opensAt && now < closesAt;
  return (
    <div>
      <p>
        <Link href="/therapist">← Back to today</Link>
      </p>
      <h1>
        {a.visitType.name} with {a.patient.user.name}
      </h1>
      <p className="lead">
        <LocalTime iso={a.startsAt.toISOString()} /> · {a.visitType.durationMinutes} min
        {a.clinic ? <> at {a.clinic.name}</> : ' video visit'}
      </p>
      <section className="card" aria-labelledby="visit-details-heading">
        <h2 id="visit-details-heading">Visit</h2>
        <p>
          Status: <span className="badge">{STATUS_LABEL[a.status]}</span>
          {checkedInAt && (
            <>
              {' '}
              · Checked in at <LocalTime iso={checkedInAt.toISOString()} />
            </>
          )}
        </p>
        {a.clinic && (
          <p>
            {a.clinic.name}, {a.clinic.addressLine1}, {a.clinic.city}, {a.clinic.state} {a.clinic.zip}
          </p>
        )}
        <p>
          <Link href={`/therapist/patients/${a.patient.id}`}>{a.patient.user.name}&rsquo;s record</Link>
        </p>
        {canCheckIn && (
          <div className="actions">
            <CheckInButton appointmentId={a.id} />
          </div>
        )}
        {!checkedInAt && a.modality === 'IN_CLINIC' && a.status === 'BOOKED' && !canCheckIn && (
          <p className="muted">{now < opensAt ? 'Check-in opens on the day of the visit.' : 'The day of this visit is over.'}</p>
        )}
      </section>
    </div>
  );
}
