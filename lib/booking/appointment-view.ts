// The one shape appointments leave the server in, and the query that feeds it.
import type { Prisma } from '../db';
import type { AppointmentView } from './schemas';

/** The appointment's own columns in the record (without its relations). */
export const appointmentColumns = {
  id: true,
  status: true,
  startsAt: true,
  endsAt: true,
  modality: true,
  holdExpiresAt: true,
  priceCents: true,
  currency: true,
  seriesId: true,
  cancelReason: true,
  patientId: true,
  therapistId: true,
  patientState: true,
  videoAdmittedAt: true,
  videoEndedAt: true,
} satisfies Prisma.AppointmentSelect;

export const appointmentSelect = {
  ...appointmentColumns,
  visitType: { select: { id: true, name: true, durationMinutes: true, freeCancellationHours: true } },
  therapist: { select: { id: true, timezone: true, practiceId: true, userId: true, user: { select: { name: true } } } },
  patient: { select: { id: true, userId: true, user: { select: { name: true } } } },
  clinic: { select: { id: true, name: true, addressLine1: true, city: true, state: true, zip: true, timezone: true } },
} satisfies Prisma.AppointmentSelect;

export type AppointmentRecord = Prisma.AppointmentGetPayload<{ select: typeof appointmentSelect }>;

export function toAppointmentView(a: AppointmentRecord): AppointmentView {
  return {
    id: a.id,
    status: a.status,
    start: a.startsAt.toISOString(),
    end: a.endsAt.toISOString(),
    modality: a.modality,
    holdExpiresAt: a.holdExpiresAt?.toISOString() ?? null,
    priceCents: a.priceCents,
    currency: a.currency,
    seriesId: a.seriesId,
    cancelReason: a.cancelReason,
    visitType: a.visitType,
    therapist: { id: a.therapist.id, name: a.therapist.user.name, timezone: a.therapist.timezone },
    patient: { id: a.patient.id, name: a.patient.user.name },
    clinic: a.clinic,
    patientState: a.patientState,
  };
}
