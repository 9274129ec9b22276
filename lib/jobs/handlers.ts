// What each job does. A job can run twice (a retry after a crash, a duplicate enqueue) or late
// (the worker was down), so every handler re-reads the current state and acts only if it still
// applies.
import { db } from '../db';
import { sendAppointmentEmail } from '../notify/appointment-emails';
import { enqueue } from './enqueue';
import { sendConfirmation, sendReminder, type ReminderJob } from './visit-emails';
import type { JobName } from './queue';
import { HOLD_EXPIRED } from '../booking/release-reasons';
import type { FreedSlot } from '../waitlist/offer-freed-slot';
import type { PlanReminderJob } from '../plan-reminders/queue-next-reminder';
import type { VerifyEmailJob } from '../accounts/email-verification/send-verification-link';

interface AppointmentJob {
  appointmentId: string;
  previousStart?: string;
}
/**
 * 'appointment.rescheduled' also carries "same time, another therapist" (kind 'reassigned'): its
 * pg-boss queue already exists, and a new job name would need a queue the frozen migrations lack.
 */
type RescheduledJob = AppointmentJob & { kind?: 'reassigned'; therapistId?: string; previousTherapistId?: string };
interface ExpiredHold {
  id: string;
  therapist_id: string;
  clinic_id: string | null;
  modality: 'IN_CLINIC' | 'VIRTUAL';
  starts_at: Date;
  ends_at: Date;
  from_offer: boolean;
}

/** Releases holds whose time ran out; a lapsed waitlist offer goes to the next person waiting. */
export async function expireHolds(): Promise<number> {
  return db().$transaction(async (tx) => {
    // updated_at by hand: Prisma's @updatedAt only applies to its own writes.
    const expired = await tx.$queryRaw<ExpiredHold[]>`
      UPDATE appointments a
         SET status = 'CANCELLED', cancel_reason = ${HOLD_EXPIRED}, cancelled_at = now(), updated_at = now()
       WHERE a.status = 'HELD' AND a.hold_expires_at < now()
      RETURNING a.id, a.therapist_id, a.clinic_id, a.modality::text AS modality, a.starts_at, a.ends_at,
                EXISTS (SELECT 1 FROM waitlist_offers o WHERE o.appointment_id = a.id) AS from_offer`;
    // The patient who let an offer lapse keeps waiting for other openings (not this one again).
    await tx.$executeRaw`
      UPDATE waitlist_entries e SET status = 'ACTIVE'
        FROM waitlist_offers o JOIN appointments a ON a.id = o.appointment_id
       WHERE o.entry_id = e.id AND e.status = 'OFFERED' AND o.accepted_at IS NULL AND a.status = 'CANCELLED'`;
    const now = new Date();
    for (const hold of expired) {
      if (!hold.from_offer || hold.starts_at <= now) continue;
      // Same transaction: the slot is offered on if and only if the hold really was released.
      await enqueue(tx, 'waitlist.offer-freed-slot', {
        therapistId: hold.therapist_id,
        clinicId: hold.clinic_id,
        modality: hold.modality,
        start: hold.starts_at.toISOString(),
        end: hold.ends_at.toISOString(),
      });
    }
    return expired.length;
  });
}

// any: job data arrives as JSON from the queue; each handler names the shape it expects.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
export const jobHandlers: Record<JobName, (data: any) => Promise<void>> = {
  'appointment.booked': async ({ appointmentId }: AppointmentJob) => {
    await sendConfirmation(appointmentId);
  },
  'appointment.rescheduled': async ({ appointmentId, previousStart, kind, therapistId, previousTherapistId }: RescheduledJob) => {
    if (kind === 'reassigned') {
      await sendAppointmentEmail('reassigned', appointmentId, {
        ...(therapistId ? { therapistId } : {}),
        ...(previousTherapistId ? { previousTherapistId } : {}),
      });
      return;
    }
    await sendAppointmentEmail('rescheduled', appointmentId, previousStart ? { previousStart } : {});
  },
  'appointment.cancelled': async ({ appointmentId }: AppointmentJob) => {
    await sendAppointmentEmail('cancelled', appointmentId);
  },
  'appointment.reminder': (data: ReminderJob) => sendReminder(data),
  'holds.expire': async () => {
    await expireHolds();
    // Imported when needed, like the waitlist below: payments import booking, which imports this queue.
    const { expireAbandonedCheckouts } = await import('../payments/expire-checkout');
    await expireAbandonedCheckouts();
  },
  'waitlist.offer-freed-slot': async (data: FreedSlot) => {
    // Imported when needed: the waitlist imports booking, which imports this queue.
    const { offerFreedSlot } = await import('../waitlist/offer-freed-slot');
    await offerFreedSlot(data);
  },
  'payment.refund': async ({ refundId }: { refundId: string }) => {
    const { issueRefund } = await import('../payments/request-refund');
    await issueRefund(refundId);
  },
  'payment.expire-checkout': async ({ sessionId }: { sessionId: string }) => {
    const { expireCheckoutSession } = await import('../payments/expire-checkout');
    await expireCheckoutSession(sessionId);
  },
  'payment.slot-lost-notice': async (data: { paymentId: string; refundId: string; why: 'slot-taken' | 'cancelled' }) => {
    const { sendLostVisitRefund } = await import('../notify/send-lost-visit-refund');
    await sendLostVisitRefund(data);
  },
  'payment.mismatch-alert': async (data: { paymentId: string }) => {
    const { sendPaymentMismatchAlert } = await import('../notify/send-payment-mismatch-alert');
    await sendPaymentMismatchAlert(data);
  },
  // The receipt when a card payment succeeds, and the patient's notice of each refund; each claims
  // its send (receipt_emailed_at, notice_sent_at), so a rerun sends nothing twice.
  'payment.receipt': async ({ paymentId }: { paymentId: string }) => {
    const { sendPaymentReceipt } = await import('../notify/send-payment-receipt');
    await sendPaymentReceipt(paymentId);
  },
  'payment.refund-notice': async ({ refundId }: { refundId: string }) => {
    const { sendRefundNotice } = await import('../notify/send-refund-notice');
    await sendRefundNotice(refundId);
  },
  // Daily (worker.ts): questionnaire reminders to patients, flag digests to therapists. Both claim
  // what they send, so a rerun is harmless.
  'outcomes.remind': async () => {
    const { sendQuestionnaireReminders } = await import('../outcomes/send-questionnaire-reminders');
    await sendQuestionnaireReminders();
  },
  'flags.digest': async () => {
    const { sendFlagDigests } = await import('../flags/send-flag-digests');
    await sendFlagDigests();
  },
  'auth.magic-link': async (data: { identifier: string; url: string; expires: string }) => {
    const { deliverMagicLink } = await import('../auth/magic-link');
    await deliverMagicLink(data);
  },
  // A new message's email (at most one per conversation until read) and the daily digest of
  // patient messages left unanswered; both re-read the messages, so a rerun is harmless.
  'message.notify': async ({ messageId }: { messageId: string }) => {
    const { sendNewMessageNotice } = await import('../messaging/send-new-message-notice');
    await sendNewMessageNotice(messageId);
  },
  'messages.digest': async () => {
    const { sendUnansweredDigests } = await import('../messaging/send-unanswered-digests');
    await sendUnansweredDigests();
  },
  // The patient's exercise reminder at their chosen local time (decision 030): sends at most once
  // per patient, time of day and local date, then queues the next day's; the hourly sweep restarts
  // a chain that stopped (a new plan, or a send that failed past its retries).
  'plan.reminder': async (data: PlanReminderJob) => {
    const { sendPlanReminder } = await import('../plan-reminders/send-plan-reminder');
    await sendPlanReminder(data);
  },
  'plan-reminders.sweep': async () => {
    const { resumePlanReminders } = await import('../plan-reminders/resume-plan-reminders');
    await resumePlanReminders();
  },
  // The welcome mail after sign-up and any new verification link (decision 045): the link is made
  // when the mail is sent, so no secret waits in the job row.
  'account.verify-email': async (data: VerifyEmailJob) => {
    const { sendVerificationLink } = await import('../accounts/email-verification/send-verification-link');
    await sendVerificationLink(data);
  },
  'rate-limits.prune': async () => {
    const { pruneRateLimitBuckets } = await import('../auth/rate-limit');
    await pruneRateLimitBuckets();
  },
};
