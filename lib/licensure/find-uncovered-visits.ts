// Upcoming booked (or held) video visits that their therapist's licenses do not cover on the
// visit's date: a license that expires before the visit, or a state never licensed (a visit
// booked before a license was removed). Shown to the therapist and the practice's admins.
import { db } from '../db';
import { coversVisit } from './licensed-slots';
import { licenseSelect, toLicenseRecord } from './license-view';

export async function findUncoveredVisits(therapistIds: string[], now = new Date()) {
  if (therapistIds.length === 0) return [];
  const visits = await db().appointment.findMany({
    where: {
      therapistId: { in: therapistIds },
      modality: 'VIRTUAL',
      startsAt: { gt: now },
      OR: [{ status: 'BOOKED' }, { status: 'HELD', holdExpiresAt: { gt: now } }],
    },
    orderBy: { startsAt: 'asc' },
    take: 500,
    select: {
      id: true,
      startsAt: true,
      patientState: true,
      therapistId: true,
      therapist: { select: { timezone: true, user: { select: { name: true } }, licenses: { select: licenseSelect } } },
    },
  });
  return visits
    .filter(
      (v) =>
        !v.patientState ||
        !coversVisit(
          { therapistId: v.therapistId, timezone: v.therapist.timezone, licenses: v.therapist.licenses.map(toLicenseRecord) },
          v.patientState,
          v.startsAt.getTime(),
        ),
    )
    .map((v) => ({
      appointmentId: v.id,
      start: v.startsAt.toISOString(),
      patientState: v.patientState,
      therapistId: v.therapistId,
      therapistName: v.therapist.user.name,
    }));
}

/** The same, for every therapist a user answers for: themselves, or an admin's practice (all for a network admin). */
export async function findUncoveredVisitsFor(user: { id: string; role: string; practiceId: string | null }, now = new Date()) {
  const where =
    user.role === 'THERAPIST'
      ? { userId: user.id }
      : user.role === 'ADMIN'
        ? user.practiceId
          ? { practiceId: user.practiceId }
          : {}
        : null;
  if (!where) return [];
  const therapists = await db().therapist.findMany({ where, select: { id: true } });
  return findUncoveredVisits(
    therapists.map((t) => t.id),
    now,
  );
}
