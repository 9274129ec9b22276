// The in-call chat of a visit, oldest first, for its patient and its therapist (during the call,
// for a late joiner or a reload, and afterwards: it is kept with the visit). The therapist's read
// needs the patient in their care and is audited like every staff read of a patient's record;
// the therapist also gets the exercises of the patient's open plans with them, to share.
import { db } from '../db';
import { AppError } from '../errors';
import type { SessionUser } from '../auth/roles';
import { recordPhiRead } from '../audit/record-phi-read';
import { mayReadPatient } from '../care/care-relationship';
import { listAskableExercises } from '../messaging/list-askable-exercises';
import { findVideoVisit } from './find-video-visit';
import type { VisitChat } from './schemas';
import { toVisitChatMessage, visitChatSelect } from './visit-chat-view';

export async function listVisitChat(actor: SessionUser, appointmentId: string): Promise<VisitChat> {
  const { appointment, role } = await findVideoVisit(actor, appointmentId);
  if (appointment.modality !== 'VIRTUAL') throw new AppError('NOT_A_VIDEO_VISIT');
  if (role === 'THERAPIST' && !(await mayReadPatient(actor, appointment.patientId))) {
    throw new AppError('NOT_FOUND', 'Appointment not found.');
  }
  const [rows, exercises] = await Promise.all([
    db().visitChatMessage.findMany({
      where: { appointmentId: appointment.id },
      orderBy: [{ sentAt: 'asc' }, { id: 'asc' }],
      select: visitChatSelect,
    }),
    role === 'THERAPIST' ? listAskableExercises(appointment.patientId, appointment.therapistId) : Promise.resolve([]),
  ]);
  await recordPhiRead(actor, {
    action: 'visit-chat.read',
    entityType: 'Appointment',
    entityId: appointment.id,
    patientIds: [appointment.patientId],
    practiceId: appointment.therapist.practiceId,
  });
  return {
    messages: rows.map((row) => toVisitChatMessage(row, appointment)),
    shareableExercises: exercises.map((x) => ({ planItemId: x.planItemId, name: x.name })),
  };
}
