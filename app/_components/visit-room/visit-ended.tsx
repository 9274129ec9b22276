// What a patient sees once their video visit is over (the therapist ended it, or its window
// closed): that it has ended, and what comes next — the exercise plan, payments, the next visit.
import Link from 'next/link';
import type { SessionUser } from '@/lib/auth/roles';
import { listAppointments } from '@/lib/booking/list-appointments';
import { LocalTime } from '@/app/_components/local-time';

export async function VisitEnded({
  user,
  appointmentId,
  therapistName,
}: {
  user: SessionUser;
  appointmentId: string;
  therapistName: string;
}) {
  const upcoming = await listAppointments(user, { scope: 'upcoming', status: 'BOOKED' });
  const next = upcoming.find((a) => a.id !== appointmentId && a.videoEndedAt === null && a.startsAt > new Date());
  return (
    <section className="card visit-ended" aria-labelledby="visit-ended-heading">
      <h2 id="visit-ended-heading">This visit has ended</h2>
      <p>Thank you for meeting with {therapistName}. The video room for this visit is closed.</p>
      <h3>What comes next</h3>
      <ul className="next-steps">
        <li>
          <Link href="/patient">Your exercise plan</Link>: today&rsquo;s exercises and how you are getting on.
        </li>
        <li>
          <Link href="/patient/payments">Payments and receipts</Link>: anything paid or still owed for this visit.
        </li>
        <li>
          {next ? (
            <>
              Your next visit: <strong>{next.visitType.name}</strong> with {next.therapist.user.name},{' '}
              <LocalTime iso={next.startsAt.toISOString()} />. <Link href="/patient/appointments">All appointments</Link>
            </>
          ) : (
            <>
              No next visit booked yet. <Link href="/book">Book your next visit</Link>
            </>
          )}
        </li>
      </ul>
      <p>Your therapist&rsquo;s note will appear on this page once they have signed it.</p>
    </section>
  );
}
