import type { Appointment, Bundle } from '@medplum/fhirtypes';
import { db, type Prisma } from '../db';
import type { SessionUser } from '../auth/roles';
import { auditFhirRead, authorizeFhirRead } from './fhir-access';
import { toFhirAppointment } from './fhir-appointment';
import { searchsetBundle } from './fhir-bundle';
import { fhirBaseUrl } from './fhir-base-url';

/** What toFhirAppointment maps; shared with the read (read-fhir-appointment.ts). */
export const fhirAppointmentSelect = {
  id: true,
  status: true,
  modality: true,
  startsAt: true,
  endsAt: true,
  createdAt: true,
  updatedAt: true,
  cancelReason: true,
  patient: { select: { id: true, user: { select: { name: true } } } },
  therapist: { select: { id: true, practiceId: true, user: { select: { name: true } } } },
  visitType: { select: { slug: true, name: true } },
  clinic: { select: { id: true, name: true } },
} satisfies Prisma.AppointmentSelect;

/** `Appointment?patient=…`: the patient's appointments the caller may see, oldest first. */
export async function searchFhirAppointments(user: SessionUser, patientId: string, self: string): Promise<Bundle<Appointment>> {
  const scope = await authorizeFhirRead(user, patientId);
  const rows = await db().appointment.findMany({
    where: { patientId, ...(scope.practiceId ? { therapist: { practiceId: scope.practiceId } } : {}) },
    orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
    select: fhirAppointmentSelect,
  });
  await auditFhirRead(
    user,
    scope,
    'Appointment',
    rows.map((r) => r.id),
  );
  return searchsetBundle(rows.map(toFhirAppointment), fhirBaseUrl(), self);
}
