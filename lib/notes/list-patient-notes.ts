// The notes on a patient's record, newest visit first: for a therapist, the notes of their own
// visits with the patient; for an admin, those of their practice (all, for a network admin).
// The caller's access to the patient is checked by the record loader that calls this.
import { db } from '../db';
import type { SessionUser } from '../auth/roles';
import type { NoteSummary } from './schemas';

export async function listPatientNotes(actor: SessionUser, patientId: string): Promise<NoteSummary[]> {
  const scope =
    actor.role === 'THERAPIST'
      ? { therapist: { userId: actor.id } }
      : actor.role === 'ADMIN' && actor.practiceId
        ? { therapist: { practiceId: actor.practiceId } }
        : actor.role === 'ADMIN'
          ? {}
          : null;
  if (!scope) return [];
  const notes = await db().visitNote.findMany({
    where: { patientId, ...scope },
    orderBy: { appointment: { startsAt: 'desc' } },
    take: 100,
    select: {
      id: true,
      appointmentId: true,
      status: true,
      signedAt: true,
      // The addenda's ids, not Prisma's `_count` (which groups every addendum of the network).
      addenda: { select: { id: true } },
      appointment: { select: { startsAt: true, visitType: { select: { name: true } } } },
      therapist: { select: { user: { select: { name: true } } } },
    },
  });
  return notes.map((n) => ({
    id: n.id,
    appointmentId: n.appointmentId,
    visitStart: n.appointment.startsAt.toISOString(),
    visitType: n.appointment.visitType.name,
    therapist: n.therapist.user.name,
    status: n.status,
    signedAt: n.signedAt?.toISOString() ?? null,
    addenda: n.addenda.length,
  }));
}
