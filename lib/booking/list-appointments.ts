// Appointment lists, each limited to what the caller may see.
import { db, type Prisma } from '../db';
import type { SessionUser } from '../auth/roles';
import { appointmentSelect, type AppointmentRecord } from './appointment-view';

export interface ListFilter {
  scope: 'upcoming' | 'past' | 'range';
  from?: Date;
  to?: Date;
  therapistId?: string;
  clinicId?: string;
  status?: 'HELD' | 'BOOKED' | 'COMPLETED' | 'NO_SHOW' | 'CANCELLED';
}

function ownership(actor: SessionUser): Prisma.AppointmentWhereInput {
  if (actor.role === 'PATIENT') return { patient: { userId: actor.id } };
  if (actor.role === 'THERAPIST') return { therapist: { userId: actor.id } };
  return actor.practiceId ? { therapist: { practiceId: actor.practiceId } } : {};
}

export async function listAppointments(actor: SessionUser, f: ListFilter, now = new Date()): Promise<AppointmentRecord[]> {
  const time: Prisma.AppointmentWhereInput =
    f.scope === 'upcoming'
      ? { endsAt: { gt: now } }
      : f.scope === 'past'
        ? { endsAt: { lte: now } }
        : { startsAt: { gte: f.from ?? now, lt: f.to ?? new Date((f.from ?? now).getTime() + 7 * 86_400_000) } };
  return db().appointment.findMany({
    where: {
      AND: [
        ownership(actor),
        time,
        f.therapistId ? { therapistId: f.therapistId } : {},
        f.clinicId ? { clinicId: f.clinicId } : {},
        f.status ? { status: f.status } : f.scope === 'upcoming' ? { status: { in: ['HELD', 'BOOKED'] } } : {},
      ],
    },
    orderBy: { startsAt: f.scope === 'past' ? 'desc' : 'asc' },
    take: 500,
    select: appointmentSelect,
  });
}
