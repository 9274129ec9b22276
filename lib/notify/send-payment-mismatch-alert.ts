// Tells a practice's admins that Stripe reported a completed Checkout whose amount or currency is
// not the payment's, so the visit was not booked (lib/payments/record-checkout-mismatch.ts).
// The admins of the visit's practice; a practice without an active admin falls back to the
// network admins, so the alert always reaches someone who can refund or book by hand.
import { db } from '../db';
import { env } from '../env';
import { sendMail } from './mailer';
import { escapeHtml, formatVisitTime } from './format-visit-time';

const money = (cents: number | null, currency: string | null) =>
  cents === null || !currency ? 'an unknown amount' : `${(cents / 100).toFixed(2)} ${currency.toUpperCase()}`;

export async function sendPaymentMismatchAlert({ paymentId }: { paymentId: string }): Promise<void> {
  const payment = await db().payment.findUnique({
    where: { id: paymentId },
    select: {
      id: true,
      amountCents: true,
      currency: true,
      mismatchAt: true,
      mismatchAmountCents: true,
      mismatchCurrency: true,
      stripeCheckoutSessionId: true,
      appointment: {
        select: {
          startsAt: true,
          visitType: { select: { name: true } },
          patient: { select: { user: { select: { name: true } } } },
          therapist: {
            select: { practiceId: true, timezone: true, user: { select: { name: true } }, practice: { select: { brand: true } } },
          },
        },
      },
    },
  });
  if (!payment?.mismatchAt) return;
  const a = payment.appointment;
  const practiceAdmins = await adminsOf(a.therapist.practiceId);
  const to = practiceAdmins.length > 0 ? practiceAdmins : await adminsOf(null);
  const lines = [
    `Stripe reported a completed card payment for ${money(payment.mismatchAmountCents, payment.mismatchCurrency)}, ` +
      `but this visit costs ${money(payment.amountCents, payment.currency)}. The visit was not booked.`,
    `Visit: ${a.visitType.name} for ${a.patient.user.name} with ${a.therapist.user.name}, ${formatVisitTime(a.startsAt, a.therapist.timezone)}.`,
    `Payment ${payment.id}, Stripe Checkout Session ${payment.stripeCheckoutSessionId ?? '(unknown)'}.`,
    'Check the payment in the Stripe dashboard, then refund it or book the visit by hand.',
    `Payments: ${env().NEXTAUTH_URL}/admin/payments`,
  ];
  for (const admin of to) {
    await sendMail({
      to: admin.email,
      subject: `Payment does not match: ${a.visitType.name} at ${a.therapist.practice.brand} was not booked`,
      text: `${lines.join('\n\n')}\n`,
      html: lines.map((l) => `<p>${escapeHtml(l)}</p>`).join(''),
    });
  }
}

function adminsOf(practiceId: string | null) {
  return db().user.findMany({
    where: { role: 'ADMIN', active: true, practiceId },
    select: { email: true },
    orderBy: { email: 'asc' },
  });
}
