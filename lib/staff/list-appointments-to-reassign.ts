// A therapist's upcoming visits (booked, or held and not yet lapsed), for an admin to move to
// someone else, with how to reach each patient.
import { db, type Prisma } from '../db';
import type { AppointmentToReassign } from './schemas';

export async function listAppointmentsToReassign(therapistId: string, now = new Date(), client: Prisma.TransactionClient = db()): Promise<AppointmentToReassign[]> {
  const rows = await client.appointment.findMany({
    where: {
      therapistId, startsAt: { gt: now },
      OR: [{ status: 'BOOKED' }, { status: 'HELD', holdExpiresAt: { gt: now } }],
    },
    orderBy: { startsAt: 'asc' },
    select: {
      id: true, startsAt: true, endsAt: true, status: true, modality: true,
      visitType: { select: { name: true } },
      clinic: { select: { name: true, timezone: true } },
      therapist: { select: { timezone: true } },
      patient: { select: { phone: true, user: { select: { name: true, email: true } } } },
    },
  });
  return rows.map((a) => ({
    id: a.id, start: a.startsAt.toISOString(), end: a.endsAt.toISOString(),
    timezone: a.clinic?.timezone ?? a.therapist.timezone,
    status: a.status as 'HELD' | 'BOOKED', modality: a.modality, visitTypeName: a.visitType.name,
    clinicName: a.clinic?.name ?? null,
    patient: { name: a.patient.user.name, email: a.patient.user.email, phone: a.patient.phone },
  }));
}
