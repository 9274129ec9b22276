// A patient's visits as seen from their record: for a therapist, the visits with them; for an
// admin, those of their practice (all, for a network admin). Newest first, with whether each has
// a note. Scoped by the caller, so it never shows another therapist's visits.
import { db } from '../db';
import type { SessionUser } from '../auth/roles';

export interface PatientVisit {
  id: string;
  start: string;
  status: string;
  modality: string;
  visitType: string;
  therapist: string;
  clinic: string | null;
  checkedIn: boolean;
  note: 'DRAFT' | 'SIGNED' | null;
  /** Set for a cancelled visit: when, and the reason given (a released hold's is in release-reasons.ts). */
  cancelledAt: string | null;
  cancelReason: string | null;
}

export async function listPatientVisits(actor: SessionUser, patientId: string): Promise<PatientVisit[]> {
  const scope =
    actor.role === 'THERAPIST'
      ? { therapist: { userId: actor.id } }
      : actor.role === 'ADMIN' && actor.practiceId
        ? { therapist: { practiceId: actor.practiceId } }
        : actor.role === 'ADMIN'
          ? {}
          : null;
  if (!scope) return [];
  const visits = await db().appointment.findMany({
    where: { patientId, status: { not: 'HELD' }, ...scope },
    orderBy: { startsAt: 'desc' },
    take: 100,
    select: {
      id: true,
      startsAt: true,
      status: true,
      modality: true,
      checkedInAt: true,
      cancelledAt: true,
      cancelReason: true,
      visitType: { select: { name: true } },
      therapist: { select: { user: { select: { name: true } } } },
      clinic: { select: { name: true } },
      note: { select: { status: true } },
    },
  });
  return visits.map((v) => ({
    id: v.id,
    start: v.startsAt.toISOString(),
    status: v.status,
    modality: v.modality,
    visitType: v.visitType.name,
    therapist: v.therapist.user.name,
    clinic: v.clinic?.name ?? null,
    checkedIn: v.checkedInAt !== null,
    note: v.note?.status ?? null,
    cancelledAt: v.cancelledAt?.toISOString() ?? null,
    cancelReason: v.cancelReason,
  }));
}
