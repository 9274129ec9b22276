// A therapist's appointments on their own local today (their zone, not the server's), in time
// order: what they will see, not what was cancelled or is only held.
import { db } from '../db';
import type { SessionUser } from '../auth/roles';
import { addDays, localDateOf, wallTimeToInstantLenient } from '../scheduling/zoned-time';
import { listAppointments } from './list-appointments';
import type { AppointmentRecord } from './appointment-view';

export interface TodaysSchedule {
  timezone: string;
  appointments: AppointmentRecord[];
  /** Video visits whose patient never joined: the therapist confirms a no-show (or not). */
  needsNoShowReview: Set<string>;
  /** In-clinic visits already checked in, and when. */
  checkedInAt: Map<string, Date>;
}

export async function listTodaysSchedule(actor: SessionUser, now = new Date()): Promise<TodaysSchedule> {
  const therapist = await db().therapist.findUnique({ where: { userId: actor.id }, select: { timezone: true } });
  const timezone = therapist?.timezone ?? 'UTC';
  // Local midnight to the next local midnight (23 or 25 hours on a DST day).
  const today = localDateOf(now.getTime(), timezone);
  const from = new Date(wallTimeToInstantLenient(today, 0, timezone));
  const to = new Date(wallTimeToInstantLenient(addDays(today, 1), 0, timezone));
  const list = await listAppointments(actor, { scope: 'range', from, to }, now);
  const appointments = list.filter((a) => a.status !== 'CANCELLED' && a.status !== 'HELD');
  const flagged = await db().appointment.findMany({
    where: { id: { in: appointments.map((a) => a.id) }, OR: [{ needsNoShowReview: true }, { checkedInAt: { not: null } }] },
    select: { id: true, needsNoShowReview: true, checkedInAt: true },
  });
  return {
    timezone,
    appointments,
    needsNoShowReview: new Set(flagged.filter((a) => a.needsNoShowReview).map((a) => a.id)),
    checkedInAt: new Map(flagged.flatMap((a) => (a.checkedInAt ? [[a.id, a.checkedInAt] as const] : []))),
  };
}
