// The patient's receipt, emailed when their card payment succeeds (queued in the same transaction
// as the payment's change: complete-checkout.ts). It says little (payment-email-content.ts): the
// receipt itself, and its PDF, are behind sign-in. Claimed before it is sent, so a rerun sends once.
import { db } from '../db';
import { env } from '../env';
import { sendMail } from './mailer';
import { receiptEmail } from './payment-email-content';
import { loadReceiptForEmail } from '../payments/load-receipt';

export async function sendPaymentReceipt(paymentId: string, now = new Date()): Promise<void> {
  const receipt = await loadReceiptForEmail(paymentId);
  if (!receipt || receipt.method !== 'CARD') return;
  const claimed = await db().payment.updateMany({
    where: { id: paymentId, receiptEmailedAt: null },
    data: { receiptEmailedAt: now },
  });
  if (claimed.count === 0) return;
  try {
    const content = receiptEmail({
      patientName: receipt.patient.name,
      receiptNumber: receipt.receiptNumber,
      amountCents: receipt.amountCents,
      currency: receipt.currency,
      paidAt: receipt.paidAt ?? receipt.issuedAt,
      timeZone: receipt.patient.timezone,
      practiceName: receipt.practice.name,
      clinicName: receipt.clinic?.name ?? receipt.practice.name,
      receiptUrl: `${env().NEXTAUTH_URL}/patient/payments/${receipt.paymentId}`,
    });
    await sendMail({ to: receipt.patient.email, ...content });
  } catch (err) {
    // Hand the claim back so the job's retry sends it.
    await db().payment.updateMany({ where: { id: paymentId, receiptEmailedAt: now }, data: { receiptEmailedAt: null } });
    throw err;
  }
}
