// Closing a clinic: it stays for history (active = false, closedAt) and is never offered again.
// Upcoming in-clinic visits there would be stranded, so closing is refused (409) while any exist;
// the answer lists them so the admin can move or cancel them first. Availability rules naming the
// clinic are kept but no longer produce slots (lib/scheduling/load-schedules.ts skips closed clinics).
import { db } from '../db';
import { AppError } from '../errors';
import type { SessionUser } from '../auth/roles';
import { recordAuditEvent } from '../audit/record-audit-event';
import { adminClinicSelect, findManagedClinic } from './find-managed-clinic';

export function listUpcomingClinicVisits(clinicId: string, now = new Date()) {
  return db().appointment.findMany({
    where: { clinicId, startsAt: { gt: now }, OR: [{ status: 'BOOKED' }, { status: 'HELD', holdExpiresAt: { gt: now } }] },
    orderBy: { startsAt: 'asc' },
    select: {
      id: true, startsAt: true, status: true, visitType: { select: { name: true } },
      therapist: { select: { user: { select: { name: true } } } },
      patient: { select: { phone: true, user: { select: { name: true, email: true } } } },
    },
  });
}

export async function closeClinic(admin: SessionUser, clinicId: string, now = new Date()) {
  const clinic = await findManagedClinic(admin, clinicId);
  if (!clinic.active) throw new AppError('CONFLICT', 'This clinic is already closed.');
  const upcoming = await listUpcomingClinicVisits(clinic.id, now);
  if (upcoming.length) {
    throw new AppError('CONFLICT', `${upcoming.length} upcoming visit${upcoming.length === 1 ? ' is' : 's are'} booked at this clinic. Reschedule or cancel ${upcoming.length === 1 ? 'it' : 'them'} first.`, {
      appointments: upcoming.map((a) => ({
        id: a.id, start: a.startsAt.toISOString(), status: a.status, visitTypeName: a.visitType.name,
        therapistName: a.therapist.user.name, patient: { name: a.patient.user.name, email: a.patient.user.email, phone: a.patient.phone },
      })),
    });
  }
  return db().$transaction(async (tx) => {
    // The guard in WHERE makes a concurrent second close a no-op rather than a second audit row.
    const closed = await tx.clinic.updateMany({ where: { id: clinic.id, active: true }, data: { active: false, closedAt: now } });
    if (closed.count !== 1) throw new AppError('CONFLICT', 'This clinic is already closed.');
    await recordAuditEvent({ actorId: admin.id, action: 'clinic.close', entityType: 'Clinic', entityId: clinic.id, practiceId: clinic.practice.id }, tx);
    return tx.clinic.findUniqueOrThrow({ where: { id: clinic.id }, select: adminClinicSelect });
  });
}
