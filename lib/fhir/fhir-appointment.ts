// An appointment as a FHIR R4 Appointment. Pure. Participants reference the Patient, the
// Practitioner (our therapist id) and, for an in-clinic visit, the Location (our clinic id).
import type { Appointment, AppointmentParticipant } from '@medplum/fhirtypes';
import type { AppointmentStatus, VisitModality } from '../generated/prisma/enums.ts';

export interface AppointmentRecord {
  id: string;
  status: AppointmentStatus;
  modality: VisitModality;
  startsAt: Date;
  endsAt: Date;
  createdAt: Date;
  updatedAt: Date;
  cancelReason: string | null;
  patient: { id: string; user: { name: string } };
  therapist: { id: string; user: { name: string } };
  visitType: { slug: string; name: string };
  clinic: { id: string; name: string } | null;
}

export const VISIT_TYPE_SYSTEM = 'urn:rehabit:visit-type';
const SNOMED = 'http://snomed.info/sct';

export const FHIR_APPOINTMENT_STATUS: Record<AppointmentStatus, Appointment['status']> = {
  HELD: 'pending',
  BOOKED: 'booked',
  COMPLETED: 'fulfilled',
  NO_SHOW: 'noshow',
  CANCELLED: 'cancelled',
};

export function toFhirAppointment(a: AppointmentRecord): Appointment {
  // A held slot is not yet agreed by the patient; every other state was.
  const agreed: AppointmentParticipant['status'] = a.status === 'HELD' ? 'needs-action' : 'accepted';
  const participant: AppointmentParticipant[] = [
    { actor: { reference: `Patient/${a.patient.id}`, display: a.patient.user.name }, required: 'required', status: agreed },
    {
      actor: { reference: `Practitioner/${a.therapist.id}`, display: a.therapist.user.name },
      required: 'required',
      status: 'accepted',
    },
  ];
  if (a.modality === 'IN_CLINIC' && a.clinic) {
    participant.push({
      actor: { reference: `Location/${a.clinic.id}`, display: a.clinic.name },
      required: 'required',
      status: 'accepted',
    });
  }
  return {
    resourceType: 'Appointment',
    id: a.id,
    meta: { lastUpdated: a.updatedAt.toISOString() },
    status: FHIR_APPOINTMENT_STATUS[a.status],
    ...(a.status === 'CANCELLED' && a.cancelReason ? { cancelationReason: { text: a.cancelReason } } : {}),
    serviceType: [
      {
        coding: [{ system: SNOMED, code: '91251008', display: 'Physical therapy procedure' }],
        text: a.modality === 'VIRTUAL' ? 'Physical therapy (video visit)' : 'Physical therapy (in clinic)',
      },
    ],
    appointmentType: {
      coding: [{ system: VISIT_TYPE_SYSTEM, code: a.visitType.slug, display: a.visitType.name }],
      text: a.visitType.name,
    },
    description: a.visitType.name,
    start: a.startsAt.toISOString(),
    end: a.endsAt.toISOString(),
    minutesDuration: Math.round((a.endsAt.getTime() - a.startsAt.getTime()) / 60_000),
    created: a.createdAt.toISOString(),
    participant,
  };
}
