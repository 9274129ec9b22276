// Tells the patient about a refund of their card payment: how much, and what of the payment
// remains (queued with the refund itself: request-refund.ts). The reason and the visit stay behind
// sign-in, on the receipt (payment-email-content.ts). Claimed before it is sent.
import { db } from '../db';
import { env } from '../env';
import { sendMail } from './mailer';
import { refundEmail } from './payment-email-content';

export async function sendRefundNotice(refundId: string, now = new Date()): Promise<void> {
  const claimed = await db().refund.updateMany({ where: { id: refundId, noticeSentAt: null }, data: { noticeSentAt: now } });
  if (claimed.count === 0) return;
  try {
    // Only what the email says is read: no reason, no visit.
    const refund = await db().refund.findUniqueOrThrow({
      where: { id: refundId },
      select: {
        amountCents: true,
        payment: {
          select: {
            id: true,
            receiptNumber: true,
            amountCents: true,
            refundedCents: true,
            currency: true,
            appointment: {
              select: {
                therapist: { select: { practice: { select: { name: true } } } },
                patient: { select: { user: { select: { name: true, email: true } } } },
              },
            },
          },
        },
      },
    });
    const p = refund.payment;
    const a = p.appointment;
    const content = refundEmail({
      patientName: a.patient.user.name,
      practiceName: a.therapist.practice.name,
      receiptNumber: p.receiptNumber,
      currency: p.currency,
      refundCents: refund.amountCents,
      paidCents: p.amountCents,
      refundedCents: p.refundedCents,
      receiptUrl: `${env().NEXTAUTH_URL}/patient/payments/${p.id}`,
    });
    await sendMail({ to: a.patient.user.email, ...content });
  } catch (err) {
    await db().refund.updateMany({ where: { id: refundId, noticeSentAt: now }, data: { noticeSentAt: null } });
    throw err;
  }
}
