import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { requireRole } from '@/lib/auth/guards';
import { AppError } from '@/lib/errors';
import { findAccessibleAppointment } from '@/lib/booking/appointment-access';
import { findNoteAppointmentForWriting } from '@/lib/notes/note-access';
import { findVisitNote } from '@/lib/notes/find-visit-note';
import { VisitPage } from '@/app/_components/visit-room/visit-page';
import { SignedNote } from '@/app/_components/visit-note/signed-note';
import { AppointmentIntake } from '@/app/_components/intake-summary';
import { AddendumForm } from './addendum-form';
import { NoteEditor } from './note-editor';
import { VisitDetails } from './visit-details';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Visit' };

function orNotFound(err: unknown): never {
  if (err instanceof AppError && err.status === 404) notFound();
  throw err;
}

export default async function TherapistVisitPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  // The layout guards too, but pages and layouts render in parallel: the page checks for itself.
  const user = await requireRole('THERAPIST', `/therapist/visits/${encodeURIComponent(id)}`);
  // Only the visit's own therapist gets past these (404 for anyone else).
  const [appointment, access] = await Promise.all([
    findAccessibleAppointment(user, id).catch(orNotFound),
    findNoteAppointmentForWriting(user, id).catch(orNotFound),
  ]);
  const note = await findVisitNote(user, id);
  const writable = appointment.status === 'BOOKED' || appointment.status === 'COMPLETED';

  return (
    <div className="stack">
      {appointment.modality === 'VIRTUAL' ? (
        <VisitPage user={user} appointmentId={id} homeHref="/therapist" />
      ) : (
        <VisitDetails appointment={appointment} checkedInAt={access.checkedInAt} now={new Date()} />
      )}

      <AppointmentIntake user={user} appointmentId={id} />

      <section className="card" aria-labelledby="note-heading">
        <h2 id="note-heading">
          Visit note {note && <span className="badge">{note.status === 'SIGNED' ? 'Signed' : 'Draft'}</span>}
        </h2>
        {note?.status === 'SIGNED' ? (
          <>
            <SignedNote note={note} />
            <AddendumForm appointmentId={id} />
          </>
        ) : writable ? (
          <NoteEditor appointmentId={id} draft={note} />
        ) : (
          <p className="empty">This visit is {appointment.status.toLowerCase().replace('_', '-')}; it has no note.</p>
        )}
      </section>
    </div>
  );
}
