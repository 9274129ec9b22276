// Tells a patient whose payment arrived too late for their held time (taken by someone else
// meanwhile, or the visit already cancelled) that it was refunded in full.
import { db } from '../db';
import { env } from '../env';
import { sendMail } from './mailer';
import { escapeHtml, formatVisitTime } from './format-visit-time';

const money = (cents: number, currency: string) =>
  new Intl.NumberFormat('en-US', { style: 'currency', currency: currency.toUpperCase() }).format(cents / 100);

export async function sendLostVisitRefund({
  paymentId,
  refundId,
  why,
}: {
  paymentId: string;
  refundId: string;
  why: 'slot-taken' | 'cancelled';
}) {
  const refund = await db().refund.findUnique({
    where: { id: refundId },
    select: {
      amountCents: true,
      payment: {
        select: {
          id: true,
          currency: true,
          appointment: {
            select: {
              startsAt: true,
              visitType: { select: { name: true } },
              therapist: { select: { user: { select: { name: true } } } },
              patient: { select: { timezone: true, user: { select: { name: true, email: true } } } },
            },
          },
        },
      },
    },
  });
  if (!refund || refund.payment.id !== paymentId) return;
  const a = refund.payment.appointment;
  const visit = `${a.visitType.name} with ${a.therapist.user.name}, ${formatVisitTime(a.startsAt, a.patient.timezone)}`;
  const amount = money(refund.amountCents, refund.payment.currency);
  const what =
    why === 'slot-taken'
      ? 'Your payment arrived after the 15 minutes we held this time for you, and someone else has booked it since.'
      : 'Your payment arrived after this visit had been cancelled.';
  const lines = [
    `Hello ${a.patient.user.name},`,
    `${what} We have refunded the full ${amount} to your card; it usually shows within 5–10 business days.`,
    `The visit: ${visit}.`,
    `To choose another time, go to ${env().NEXTAUTH_URL}/book`,
    `Your payments and receipts: ${env().NEXTAUTH_URL}/patient/payments`,
  ];
  await sendMail({
    to: a.patient.user.email,
    subject: `Refunded in full: ${a.visitType.name} could not be booked`,
    text: `${lines.join('\n\n')}\n`,
    html: lines.map((l) => `<p>${escapeHtml(l)}</p>`).join(''),
  });
}
