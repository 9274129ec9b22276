// The intake that came with an appointment, for its therapist, an admin of its practice or the
// patient themself (anyone else: 404). Reading it is recorded, like any read of a patient's record.
import { db } from '../db';
import { recordAuditEvent } from '../audit/record-audit-event';
import type { SessionUser } from '../auth/roles';
import { findAccessibleAppointment } from '../booking/appointment-access';
import { intakeSelect, toIntakeView } from './intake-view';
import type { IntakeView } from './schemas';

export async function loadAppointmentIntake(user: SessionUser, appointmentId: string): Promise<{ intake: IntakeView | null }> {
  const appointment = await findAccessibleAppointment(user, appointmentId);
  const row = await db().appointment.findUnique({ where: { id: appointment.id }, select: { intake: { select: intakeSelect } } });
  if (!row?.intake) return { intake: null };
  await recordAuditEvent({
    actorId: user.id, action: 'intake.read', entityType: 'Intake', entityId: row.intake.id,
    patientId: appointment.patientId, practiceId: appointment.therapist.practiceId, data: { appointmentId: appointment.id },
  });
  return { intake: toIntakeView(row.intake) };
}
