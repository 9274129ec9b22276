// Who may read and write a conversation. A conversation is a patient and one therapist while the
// patient is in that therapist's care (the care relationship, lib/care/care-relationship.ts):
// the two of them read and write; the admins of the therapist's practice and network admins
// read; everyone else — another patient, a colleague, another practice's admin — is told it does
// not exist (404). A practice admin writing is 403: they may see it, but it is not theirs to
// speak in. See docs/decisions/026-messaging-and-rtm.md.
import { db } from '../db';
import { AppError } from '../errors';
import type { SessionUser } from '../auth/roles';
import { inCareOfTherapists } from '../care/care-relationship';

export interface Conversation {
  patientId: string;
  therapistId: string;
  practiceId: string;
  patient: { userId: string; name: string; email: string };
  therapist: { userId: string; name: string; email: string; timezone: string };
  /** The caller's side, or null for an admin reading. */
  side: 'PATIENT' | 'THERAPIST' | null;
}

const NOT_FOUND = 'Conversation not found.';

export async function findConversation(
  user: SessionUser,
  patientId: string,
  therapistId: string,
  intent: 'read' | 'write',
): Promise<Conversation> {
  const [patient, therapist] = await Promise.all([
    db().patient.findFirst({
      where: { AND: [{ id: patientId }, inCareOfTherapists({ id: therapistId })] },
      select: { userId: true, user: { select: { name: true, email: true } } },
    }),
    db().therapist.findUnique({
      where: { id: therapistId },
      select: {
        userId: true,
        practiceId: true,
        timezone: true,
        user: { select: { name: true, email: true, active: true } },
      },
    }),
  ]);
  if (!patient || !therapist) throw new AppError('NOT_FOUND', NOT_FOUND);
  const side =
    user.role === 'PATIENT' && patient.userId === user.id
      ? 'PATIENT'
      : user.role === 'THERAPIST' && therapist.userId === user.id
        ? 'THERAPIST'
        : null;
  const adminReader = user.role === 'ADMIN' && (user.practiceId === null || user.practiceId === therapist.practiceId);
  if (!side && !adminReader) throw new AppError('NOT_FOUND', NOT_FOUND);
  if (!side && intent === 'write')
    throw new AppError('FORBIDDEN', 'Only the patient and their therapist write in a conversation.');
  // A therapist who has left the practice reads nothing, so a message to them would go unanswered:
  // the history stays readable, new messages are refused with what to do instead.
  if (intent === 'write' && !therapist.user.active) {
    throw new AppError(
      'CONFLICT',
      `${therapist.user.name} is no longer with the practice, so this conversation is closed. Ask the practice to assign you a new therapist.`,
    );
  }
  return {
    patientId,
    therapistId,
    practiceId: therapist.practiceId,
    side,
    patient: { userId: patient.userId, ...patient.user },
    therapist: {
      userId: therapist.userId,
      timezone: therapist.timezone,
      name: therapist.user.name,
      email: therapist.user.email,
    },
  };
}
