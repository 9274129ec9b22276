// Tells the patient about a refund of their card payment: how much, why, and what of the payment
// remains (queued with the refund itself: request-refund.ts). Claimed before it is sent.
import { db } from '../db';
import { env } from '../env';
import { sendMail } from './mailer';
import { escapeHtml, formatVisitTime } from './format-visit-time';
import { formatReceiptMoney } from '../payments/receipt';

export async function sendRefundNotice(refundId: string, now = new Date()): Promise<void> {
  const claimed = await db().refund.updateMany({ where: { id: refundId, noticeSentAt: null }, data: { noticeSentAt: now } });
  if (claimed.count === 0) return;
  try {
    const refund = await db().refund.findUniqueOrThrow({
      where: { id: refundId },
      select: {
        amountCents: true,
        reason: true,
        payment: {
          select: {
            id: true,
            receiptNumber: true,
            amountCents: true,
            refundedCents: true,
            currency: true,
            appointment: {
              select: {
                startsAt: true,
                visitType: { select: { name: true } },
                therapist: { select: { user: { select: { name: true } }, practice: { select: { name: true } } } },
                patient: { select: { timezone: true, user: { select: { name: true, email: true } } } },
              },
            },
          },
        },
      },
    });
    const p = refund.payment;
    const a = p.appointment;
    const money = (c: number) => formatReceiptMoney(c, p.currency);
    const remaining = p.amountCents - p.refundedCents;
    const paragraphs = [
      `Hello ${a.patient.user.name},`,
      `${a.therapist.practice.name} has refunded ${money(refund.amountCents)} to your card. It usually shows within 5–10 business days.`,
      `Reason: ${refund.reason}`,
      `The visit: ${a.visitType.name} with ${a.therapist.user.name}, ${formatVisitTime(a.startsAt, a.patient.timezone)}.`,
      `You paid ${money(p.amountCents)} (receipt no. ${p.receiptNumber ?? '—'}); ${money(p.refundedCents)} of it has been refunded in all, ` +
        (remaining > 0 ? `and ${money(remaining)} remains paid.` : 'so nothing of it remains paid.'),
      `Your receipt, with every refund: ${env().NEXTAUTH_URL}/patient/payments/${p.id}`,
    ];
    await sendMail({
      to: a.patient.user.email,
      subject: `Refund of ${money(refund.amountCents)} from ${a.therapist.practice.name}`,
      text: `${paragraphs.join('\n\n')}\n`,
      html: paragraphs.map((l) => `<p>${escapeHtml(l)}</p>`).join(''),
    });
  } catch (err) {
    await db().refund.updateMany({ where: { id: refundId, noticeSentAt: now }, data: { noticeSentAt: null } });
    throw err;
  }
}
