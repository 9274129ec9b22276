// The intake that came with an appointment, for the patient themself, or its therapist or an admin
// of its practice while the patient is in their care (lib/care; never through a hold or a released
// checkout). Anyone else: 404. A staff read is recorded, like any read of a patient's record.
import { db } from '../db';
import { recordPhiRead } from '../audit/record-phi-read';
import type { SessionUser } from '../auth/roles';
import { findManageableAppointment } from '../booking/appointment-access';
import { assertMayReadPatient } from '../care/care-relationship';
import { intakeSelect, toIntakeView } from './intake-view';
import type { IntakeView } from './schemas';

export async function loadAppointmentIntake(user: SessionUser, appointmentId: string): Promise<{ intake: IntakeView | null }> {
  const appointment = await findManageableAppointment(user, appointmentId);
  if (user.role !== 'PATIENT') await assertMayReadPatient(user, appointment.patientId, 'Appointment not found.');
  const row = await db().appointment.findUnique({ where: { id: appointment.id }, select: { intake: { select: intakeSelect } } });
  if (!row?.intake) return { intake: null };
  await recordPhiRead(user, {
    action: 'intake.read',
    entityType: 'Intake',
    entityId: row.intake.id,
    patientIds: [appointment.patientId],
    practiceId: appointment.therapist.practiceId,
    data: { appointmentId: appointment.id },
  });
  return { intake: toIntakeView(row.intake) };
}
