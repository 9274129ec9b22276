// One appointment as an admin of its practice (or a network admin) sees it, with its visit note
// and the patient's contact. Another practice's appointment, or one whose patient is not in the
// practice's care (a hold, a released checkout: lib/care), is "not found"; the read is audited. A signed note is read through lib/notes (which
// records the note.read audit event); a draft is the therapist's working copy and not yet part of
// the record, so only that it exists and when it was last saved is shown, and nothing is audited.
import { db } from '../db';
import type { SessionUser } from '../auth/roles';
import { findVisitNote } from '../notes/find-visit-note';
import type { NoteView } from '../notes/schemas';
import { inPracticeScope } from './practice-scope';
import { recordPhiRead } from '../audit/record-phi-read';
import { mayReadPatient } from '../care/care-relationship';

export type AdminAppointmentNote =
  | { status: 'SIGNED'; note: NoteView }
  | { status: 'DRAFT'; therapistName: string; startedAt: string; lastSavedAt: string }
  | null;

export async function findAdminAppointment(admin: SessionUser, appointmentId: string) {
  const a = await db().appointment.findFirst({
    where: { id: appointmentId, therapist: inPracticeScope(admin) },
    select: {
      id: true,
      startsAt: true,
      endsAt: true,
      status: true,
      modality: true,
      priceCents: true,
      currency: true,
      cancelReason: true,
      cancelledAt: true,
      checkedInAt: true,
      visitType: { select: { name: true } },
      clinic: { select: { id: true, name: true, timezone: true } },
      therapist: { select: { id: true, timezone: true, practiceId: true, user: { select: { name: true } } } },
      patient: { select: { id: true, phone: true, user: { select: { name: true, email: true } } } },
      payment: {
        select: {
          id: true,
          method: true,
          status: true,
          amountCents: true,
          refundedCents: true,
          currency: true,
          feeCents: true,
          feeReason: true,
          insurancePayer: true,
        },
      },
      note: {
        select: { status: true, createdAt: true, updatedAt: true, therapist: { select: { user: { select: { name: true } } } } },
      },
    },
  });
  if (!a || !(await mayReadPatient(admin, a.patient.id))) return null;
  await recordPhiRead(admin, {
    action: 'appointment.read',
    entityType: 'Appointment',
    entityId: a.id,
    patientIds: [a.patient.id],
    practiceId: a.therapist.practiceId,
  });
  let note: AdminAppointmentNote = null;
  if (a.note?.status === 'SIGNED') {
    const signed = await findVisitNote(admin, a.id);
    if (signed) note = { status: 'SIGNED', note: signed };
  } else if (a.note) {
    note = {
      status: 'DRAFT',
      therapistName: a.note.therapist.user.name,
      startedAt: a.note.createdAt.toISOString(),
      lastSavedAt: a.note.updatedAt.toISOString(),
    };
  }
  return {
    id: a.id,
    start: a.startsAt,
    end: a.endsAt,
    status: a.status,
    modality: a.modality,
    /** Where the visit happens: the clinic's zone, or the therapist's for a video visit. */
    timezone: a.clinic?.timezone ?? a.therapist.timezone,
    visitTypeName: a.visitType.name,
    priceCents: a.priceCents,
    currency: a.currency,
    cancelReason: a.cancelReason,
    cancelledAt: a.cancelledAt,
    checkedInAt: a.checkedInAt,
    clinic: a.clinic && { id: a.clinic.id, name: a.clinic.name },
    therapist: { id: a.therapist.id, name: a.therapist.user.name },
    patient: { id: a.patient.id, name: a.patient.user.name, email: a.patient.user.email, phone: a.patient.phone },
    payment: a.payment,
    note,
  };
}

export type AdminAppointmentDetail = NonNullable<Awaited<ReturnType<typeof findAdminAppointment>>>;
