// What the patient sees straight after booking (and after paying at Checkout): the visit, where
// it is with directions, or how to join a video visit, and "Add to calendar".
import type { AppointmentView } from '@/lib/booking/schemas';
import { LocalTime } from '@/app/_components/local-time';
import { VisitLogistics } from '@/app/_components/visit-logistics';

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
      <VisitLogistics appointmentId={a.id} clinic={a.clinic} describedBy={headingId} headingLevel={3} shownOn="appointments" />
    </section>
  );
}
