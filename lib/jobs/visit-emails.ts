// The two emails about one visit whose order matters: the confirmation ("booked") always reaches
// the patient before that visit's reminder. They are separate jobs on separate queues, and for a
// visit booked less than a day ahead both are due at once, so the reminder checks: a confirmation
// not sent yet is sent first by the reminder itself; one being sent right now (claimed by its own
// job) makes the reminder wait a few seconds (it re-queues itself) and look again.
// Each email is claimed in one UPDATE before it is sent, so two copies of a job never both send.
import { db } from '../db';
import { sendAppointmentEmail } from '../notify/appointment-emails';
import { enqueue } from './enqueue';

/** A claim older than this is taken to be from a worker that died mid-send; it may be taken over. */
const CLAIM_LEASE_MS = 2 * 60_000;
/** How long a reminder waits for a confirmation in flight, doubling each time, up to the lease. */
const FIRST_DEFERRAL_MS = 2_000;

type Confirmation = 'sent' | 'in-flight' | 'not-booked';

/** Sends the visit's confirmation unless it has been sent or another job is sending it. */
export async function sendConfirmation(appointmentId: string, now = new Date()): Promise<Confirmation> {
  const claimed = await db().appointment.updateMany({
    where: {
      id: appointmentId,
      status: 'BOOKED',
      confirmationSentAt: null,
      OR: [{ confirmationClaimedAt: null }, { confirmationClaimedAt: { lt: new Date(now.getTime() - CLAIM_LEASE_MS) } }],
    },
    data: { confirmationClaimedAt: now },
  });
  if (claimed.count === 0) {
    const row = await db().appointment.findUnique({
      where: { id: appointmentId },
      select: { status: true, confirmationSentAt: true },
    });
    if (!row || row.status !== 'BOOKED') return 'not-booked';
    return row.confirmationSentAt ? 'sent' : 'in-flight';
  }
  try {
    await sendAppointmentEmail('booked', appointmentId);
  } catch (err) {
    // Hand the claim back so a retry (of this job or of the reminder) can send.
    await db().appointment.updateMany({
      where: { id: appointmentId, confirmationClaimedAt: now, confirmationSentAt: null },
      data: { confirmationClaimedAt: null },
    });
    throw err;
  }
  await db().appointment.updateMany({
    where: { id: appointmentId, confirmationClaimedAt: now },
    data: { confirmationSentAt: new Date() },
  });
  return 'sent';
}

export interface ReminderJob {
  appointmentId: string;
  startsAt: string;
  deferrals?: number;
}

export async function sendReminder(job: ReminderJob, now = new Date()): Promise<void> {
  const start = new Date(job.startsAt);
  if (start <= now) return;
  // The start must still be the one this job was scheduled for: a rescheduled visit has its own
  // reminder job, and this one does nothing (not even the confirmation).
  const due = await db().appointment.count({
    where: { id: job.appointmentId, status: 'BOOKED', startsAt: start, reminderSentAt: null },
  });
  if (due === 0) return;
  const confirmation = await sendConfirmation(job.appointmentId, now);
  if (confirmation === 'not-booked') return;
  if (confirmation === 'in-flight') return deferReminder(job, now);
  // Claim the reminder in one UPDATE before sending, so two copies of the job cannot both send.
  const claimed = await db().appointment.updateMany({
    where: { id: job.appointmentId, status: 'BOOKED', startsAt: start, reminderSentAt: null },
    data: { reminderSentAt: now },
  });
  if (claimed.count === 0) return;
  try {
    await sendAppointmentEmail('reminder', job.appointmentId);
  } catch (err) {
    await db().appointment.updateMany({ where: { id: job.appointmentId, reminderSentAt: now }, data: { reminderSentAt: null } });
    throw err;
  }
}

/** The same reminder again shortly (not a failure: no retry used up, nothing logged). */
async function deferReminder(job: ReminderJob, now: Date): Promise<void> {
  const deferrals = (job.deferrals ?? 0) + 1;
  const wait = Math.min(FIRST_DEFERRAL_MS * 2 ** (deferrals - 1), CLAIM_LEASE_MS);
  await enqueue(
    db(),
    'appointment.reminder',
    { ...job, deferrals },
    {
      startAfter: new Date(now.getTime() + wait),
      singletonKey: `${job.appointmentId}@${job.startsAt}#${deferrals}`,
    },
  );
}
