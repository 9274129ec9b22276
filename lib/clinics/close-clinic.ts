// Closing a clinic: it stays for history (active = false, closedAt) and is never offered again.
// Upcoming in-clinic visits there would be stranded, so closing is refused (409) while any exist;
// the answer lists them so the admin can move or cancel them first. Availability rules naming the
// clinic are kept but no longer produce slots (lib/scheduling/load-schedules.ts skips closed clinics).
// Therapists based there lose their home clinic in the same transaction (a closed clinic must not
// stay on their public profile or in "therapists based here" searches); the answer and the audit
// row name them, so the admin can give each a new one. Refusing instead would make closing a
// clinic a chore of N therapist edits first, for a label that is easily set afterwards.
import { db, type Prisma, type PrismaClient } from '../db';
import { AppError } from '../errors';
import type { SessionUser } from '../auth/roles';
import { recordAuditEvent } from '../audit/record-audit-event';
import { recordPhiRead } from '../audit/record-phi-read';
import { adminClinicSelect, findManagedClinic } from './find-managed-clinic';

/** Upcoming visits at a clinic with each patient's contact: shown to an admin, so audited as a PHI read. */
export async function listUpcomingClinicVisits(
  reader: SessionUser,
  clinic: { id: string; practice: { id: string } },
  now = new Date(),
) {
  const clinicId = clinic.id;
  const rows = await db().appointment.findMany({
    where: { clinicId, startsAt: { gt: now }, OR: [{ status: 'BOOKED' }, { status: 'HELD', holdExpiresAt: { gt: now } }] },
    orderBy: { startsAt: 'asc' },
    select: {
      id: true,
      startsAt: true,
      status: true,
      visitType: { select: { name: true } },
      therapist: { select: { user: { select: { name: true } } } },
      patient: { select: { id: true, phone: true, user: { select: { name: true, email: true } } } },
    },
  });
  await recordPhiRead(reader, {
    action: 'appointment.list',
    entityType: 'Clinic',
    entityId: clinicId,
    practiceId: clinic.practice.id,
    patientIds: rows.map((a) => a.patient.id),
    data: { purpose: 'clinic-close' },
  });
  return rows;
}

export async function closeClinic(admin: SessionUser, clinicId: string, now = new Date()) {
  const clinic = await findManagedClinic(admin, clinicId);
  if (!clinic.active) throw new AppError('CONFLICT', 'This clinic is already closed.');
  const upcoming = await listUpcomingClinicVisits(admin, clinic, now);
  if (upcoming.length) {
    throw new AppError(
      'CONFLICT',
      `${upcoming.length} upcoming visit${upcoming.length === 1 ? ' is' : 's are'} booked at this clinic. Reschedule or cancel ${upcoming.length === 1 ? 'it' : 'them'} first.`,
      {
        appointments: upcoming.map((a) => ({
          id: a.id,
          start: a.startsAt.toISOString(),
          status: a.status,
          visitTypeName: a.visitType.name,
          therapistName: a.therapist.user.name,
          patient: { name: a.patient.user.name, email: a.patient.user.email, phone: a.patient.phone },
        })),
      },
    );
  }
  return db().$transaction(async (tx) => {
    // The guard in WHERE makes a concurrent second close a no-op rather than a second audit row.
    const closed = await tx.clinic.updateMany({ where: { id: clinic.id, active: true }, data: { active: false, closedAt: now } });
    if (closed.count !== 1) throw new AppError('CONFLICT', 'This clinic is already closed.');
    const based = await listTherapistsBasedAt(clinic.id, tx);
    await tx.therapist.updateMany({ where: { clinicId: clinic.id }, data: { clinicId: null } });
    await recordAuditEvent(
      {
        actorId: admin.id,
        action: 'clinic.close',
        entityType: 'Clinic',
        entityId: clinic.id,
        practiceId: clinic.practice.id,
        data: { homeClinicCleared: based },
      },
      tx,
    );
    const after = await tx.clinic.findUniqueOrThrow({ where: { id: clinic.id }, select: adminClinicSelect });
    return { ...after, homeClinicCleared: based };
  });
}

/** Therapists whose home clinic this is (active or not): closing the clinic clears it. */
export async function listTherapistsBasedAt(
  clinicId: string,
  client: Pick<PrismaClient, 'therapist'> | Prisma.TransactionClient = db(),
) {
  const rows = await client.therapist.findMany({
    where: { clinicId },
    orderBy: { user: { name: 'asc' } },
    select: { id: true, user: { select: { name: true } } },
  });
  return rows.map((t) => ({ id: t.id, name: t.user.name }));
}

/** The therapists whose home clinic was cleared when this clinic closed (from the close's audit row). */
export async function findHomeClinicCleared(clinicId: string): Promise<{ id: string; name: string }[]> {
  const event = await db().auditEvent.findFirst({
    where: { action: 'clinic.close', entityType: 'Clinic', entityId: clinicId },
    orderBy: { at: 'desc' },
    select: { data: true },
  });
  const cleared = (event?.data as { homeClinicCleared?: unknown } | null)?.homeClinicCleared;
  return Array.isArray(cleared)
    ? cleared.filter(
        (t): t is { id: string; name: string } =>
          typeof t === 'object' &&
          t !== null &&
          typeof (t as { id?: unknown }).id === 'string' &&
          typeof (t as { name?: unknown }).name === 'string',
      )
    : [];
}
