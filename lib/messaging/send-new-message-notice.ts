// The 'message.notify' job: email the other party of a message that is still unread. Late or
// repeated runs re-read the message, so a message read in the meantime sends nothing, and an
// inactive recipient is not written to.
import { db } from '../db';
import { sendNewMessageMail } from '../notify/send-new-message-notice';

export async function sendNewMessageNotice(messageId: string): Promise<boolean> {
  const message = await db().message.findUnique({
    where: { id: messageId },
    select: {
      readAt: true,
      senderRole: true,
      patientId: true,
      therapistId: true,
      patient: { select: { user: { select: { email: true, name: true, active: true } } } },
      therapist: { select: { user: { select: { email: true, name: true, active: true } } } },
    },
  });
  if (!message || message.readAt) return false;
  const toTherapist = message.senderRole === 'PATIENT';
  const recipient = toTherapist ? message.therapist.user : message.patient.user;
  if (!recipient.active) return false;
  await sendNewMessageMail({
    to: recipient.email,
    name: recipient.name,
    from: toTherapist ? 'patient' : 'therapist',
    path: toTherapist
      ? `/therapist/patients/${message.patientId}#messages-heading`
      : `/patient/messages?therapist=${message.therapistId}`,
  });
  return true;
}
