import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requireRole } from '@/lib/auth/guards';
import { AppError } from '@/lib/errors';
import { findAccessibleAppointment } from '@/lib/booking/appointment-access';
import { findVisitNote } from '@/lib/notes/find-visit-note';
import { STATUS_LABEL } from '@/app/_components/format';
import { LocalTime } from '@/app/_components/local-time';
import { VisitPage } from '@/app/_components/visit-room/visit-page';
import { SignedNote } from '@/app/_components/visit-note/signed-note';
import { VisitLogistics } from '@/app/_components/visit-logistics';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Your visit' };

export default async function PatientVisitPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  // The layout guards too, but pages and layouts render in parallel: the page checks for itself.
  const user = await requireRole('PATIENT', `/patient/visits/${encodeURIComponent(id)}`);
  const a = await findAccessibleAppointment(user, id).catch((err: unknown) => {
    if (err instanceof AppError && err.status === 404) notFound();
    throw err;
  });
  // Only a signed note is shown to the patient (a draft is null here).
  const note = await findVisitNote(user, id);
  // Where it is, or how to join, and "Add to calendar": only for a booked visit still ahead
  // (decision 043); a video visit's page shows them until its room opens (VisitPage).
  const upcoming = a.status === 'BOOKED' && a.endsAt > new Date();
  const logistics = upcoming && (
    <VisitLogistics appointmentId={a.id} clinic={a.clinic} describedBy="visit-heading" headingLevel={2} shownOn="visit" />
  );
  return (
    <div className="stack">
      {a.modality === 'VIRTUAL' ? (
        <VisitPage user={user} appointmentId={id} homeHref="/patient" beforeOpen={logistics} />
      ) : (
        <div>
          <p>
            <Link href="/patient/appointments">← Back to your appointments</Link>
          </p>
          <h1 id="visit-heading">
            {a.visitType.name} with {a.therapist.user.name}
          </h1>
          <p className="lead">
            <LocalTime iso={a.startsAt.toISOString()} /> · {a.visitType.durationMinutes} min
            {a.clinic && <> at {a.clinic.name}</>}
          </p>
          <p>
            <span className="badge">{STATUS_LABEL[a.status]}</span>
          </p>
          {logistics}
        </div>
      )}
      {note ? (
        <section className="card" aria-labelledby="note-heading">
          <h2 id="note-heading">Your therapist&rsquo;s visit note</h2>
          <SignedNote note={note} />
        </section>
      ) : (
        a.modality === 'IN_CLINIC' && (
          <p className="empty">Your therapist&rsquo;s note will appear here once they have signed it.</p>
        )
      )}
    </div>
  );
}
