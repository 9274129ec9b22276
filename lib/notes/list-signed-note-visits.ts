// Which of the patient's own visits have a signed note to read (drafts are never shown to them).
import { db } from '../db';
import type { SessionUser } from '../auth/roles';

export async function listSignedNoteVisits(user: SessionUser): Promise<Set<string>> {
  if (user.role !== 'PATIENT') return new Set();
  const notes = await db().visitNote.findMany({
    where: { status: 'SIGNED', patient: { userId: user.id } },
    select: { appointmentId: true },
    take: 500,
  });
  return new Set(notes.map((n) => n.appointmentId));
}
