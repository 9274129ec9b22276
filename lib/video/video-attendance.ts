// Attendance rows from LiveKit's own view of the room: its webhooks, and the participant lists the
// app asks for (which repair what a lost webhook would have told). All writes for one appointment
// happen under a lock on its row, so a webhook and an "End visit" never interleave.
import { db, type Prisma } from '../db';
import { overlapSeconds } from './attendance-overlap';
import type { AttendanceView, VideoSummary } from './schemas';

type Tx = Prisma.TransactionClient;

export interface RoomPeople {
  id: string;
  patientUserId: string;
  therapistUserId: string;
}

/** Locks the appointment for this transaction and returns who may be in its room. */
export async function lockVisit(tx: Tx, appointmentId: string): Promise<RoomPeople | null> {
  const rows = await tx.$queryRaw<{ id: string; patient_user_id: string; therapist_user_id: string }[]>`
    SELECT a.id, p.user_id AS patient_user_id, t.user_id AS therapist_user_id
    FROM appointments a JOIN patients p ON p.id = a.patient_id JOIN therapists t ON t.id = a.therapist_id
    WHERE a.id = ${appointmentId} FOR UPDATE OF a`;
  const row = rows[0];
  return row ? { id: row.id, patientUserId: row.patient_user_id, therapistUserId: row.therapist_user_id } : null;
}

export function roleIn(people: RoomPeople, userId: string): 'PATIENT' | 'THERAPIST' | null {
  return userId === people.patientUserId ? 'PATIENT' : userId === people.therapistUserId ? 'THERAPIST' : null;
}

export interface Presence {
  sid: string;
  identity: string;
  joinedAt: Date;
}

/** A connection that joined; a repeat (same sid) changes nothing. The patient showing up clears a no-show flag. */
export async function recordJoin(tx: Tx, people: RoomPeople, p: Presence): Promise<void> {
  const role = roleIn(people, p.identity);
  if (!role) return;
  await tx.videoAttendance.upsert({
    where: { participantSid: p.sid },
    create: { appointmentId: people.id, userId: p.identity, role, participantSid: p.sid, joinedAt: p.joinedAt },
    update: {},
  });
  if (role === 'PATIENT') {
    await tx.appointment.updateMany({ where: { id: people.id, needsNoShowReview: true }, data: { needsNoShowReview: false } });
  }
}

/** A connection that left. The first report of leaving wins; a late duplicate changes nothing. */
export async function recordLeave(tx: Tx, people: RoomPeople, p: Presence, leftAt: Date): Promise<void> {
  if (!roleIn(people, p.identity)) return;
  await recordJoin(tx, people, p);
  await tx.videoAttendance.updateMany({ where: { participantSid: p.sid, leftAt: null }, data: { leftAt } });
}

/**
 * Brings the rows in line with a participant list taken at `listedAt`: everyone listed is
 * recorded as present; an open row for someone no longer listed is closed at `listedAt`. Rows
 * that joined after the list was taken are left alone (the list could not have known them).
 */
export async function reconcilePresence(tx: Tx, people: RoomPeople, listed: Presence[], listedAt: Date): Promise<void> {
  for (const p of listed) await recordJoin(tx, people, p);
  await tx.videoAttendance.updateMany({
    where: {
      appointmentId: people.id,
      leftAt: null,
      joinedAt: { lt: listedAt },
      participantSid: { notIn: listed.map((p) => p.sid) },
    },
    data: { leftAt: listedAt },
  });
}

/**
 * The room finished (or the therapist ended the visit): close open rows, record how long both
 * were in the room together, and flag a booked visit whose patient never came for review.
 */
export async function settleVisit(tx: Tx, people: RoomPeople, finishedAt: Date): Promise<void> {
  await tx.videoAttendance.updateMany({ where: { appointmentId: people.id, leftAt: null }, data: { leftAt: finishedAt } });
  const rows = await tx.videoAttendance.findMany({
    where: { appointmentId: people.id },
    select: { role: true, joinedAt: true, leftAt: true },
  });
  const patient = rows.filter((r) => r.role === 'PATIENT');
  const therapist = rows.filter((r) => r.role === 'THERAPIST');
  const current = await tx.appointment.findUniqueOrThrow({
    where: { id: people.id },
    select: { roomFinishedAt: true, status: true },
  });
  await tx.appointment.update({
    where: { id: people.id },
    data: {
      // Forward only: an older room_finished arriving late does not move the time back.
      roomFinishedAt: current.roomFinishedAt && current.roomFinishedAt > finishedAt ? current.roomFinishedAt : finishedAt,
      videoSeconds: overlapSeconds(patient, therapist, finishedAt),
      needsNoShowReview: patient.length === 0 && current.status === 'BOOKED',
    },
  });
}

export async function readVideoSummary(appointmentId: string): Promise<VideoSummary> {
  const a = await db().appointment.findUniqueOrThrow({
    where: { id: appointmentId },
    select: {
      roomFinishedAt: true,
      videoSeconds: true,
      needsNoShowReview: true,
      patient: { select: { user: { select: { name: true } } } },
      therapist: { select: { user: { select: { name: true } } } },
      attendance: { orderBy: { joinedAt: 'asc' }, select: { role: true, joinedAt: true, leftAt: true } },
    },
  });
  const attendance: AttendanceView[] = a.attendance.flatMap((r) =>
    r.role === 'ADMIN'
      ? []
      : [
          {
            role: r.role,
            name: r.role === 'PATIENT' ? a.patient.user.name : a.therapist.user.name,
            joinedAt: r.joinedAt.toISOString(),
            leftAt: r.leftAt?.toISOString() ?? null,
          },
        ],
  );
  return {
    roomFinishedAt: a.roomFinishedAt?.toISOString() ?? null,
    videoSeconds: a.videoSeconds,
    patientJoined: attendance.some((r) => r.role === 'PATIENT'),
    needsNoShowReview: a.needsNoShowReview,
    attendance,
  };
}
