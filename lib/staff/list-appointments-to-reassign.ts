// A therapist's upcoming visits (booked, or held and not yet lapsed), for an admin to move to
// someone else, with how to reach each patient. Names and contacts shown to an admin are a PHI
// read: one audit row per list (decision 013).
import { db } from '../db';
import type { SessionUser } from '../auth/roles';
import { recordPhiRead } from '../audit/record-phi-read';
import type { AppointmentToReassign } from './schemas';

export async function listAppointmentsToReassign(
  reader: SessionUser,
  therapist: { id: string; practiceId: string },
  now = new Date(),
): Promise<AppointmentToReassign[]> {
  const therapistId = therapist.id;
  const rows = await db().appointment.findMany({
    where: {
      therapistId,
      startsAt: { gt: now },
      OR: [{ status: 'BOOKED' }, { status: 'HELD', holdExpiresAt: { gt: now } }],
    },
    orderBy: { startsAt: 'asc' },
    select: {
      id: true,
      startsAt: true,
      endsAt: true,
      status: true,
      modality: true,
      visitType: { select: { name: true } },
      clinic: { select: { name: true, timezone: true } },
      therapist: { select: { timezone: true } },
      patient: { select: { id: true, phone: true, user: { select: { name: true, email: true } } } },
    },
  });
  await recordPhiRead(reader, {
    action: 'appointment.list',
    entityType: 'Therapist',
    entityId: therapistId,
    practiceId: therapist.practiceId,
    patientIds: rows.map((a) => a.patient.id),
    data: { purpose: 'reassign' },
  });
  return rows.map((a) => ({
    id: a.id,
    start: a.startsAt.toISOString(),
    end: a.endsAt.toISOString(),
    timezone: a.clinic?.timezone ?? a.therapist.timezone,
    status: a.status as 'HELD' | 'BOOKED',
    modality: a.modality,
    visitTypeName: a.visitType.name,
    clinicName: a.clinic?.name ?? null,
    patient: { name: a.patient.user.name, email: a.patient.user.email, phone: a.patient.phone },
  }));
}
