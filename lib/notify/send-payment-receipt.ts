// The patient's receipt, emailed when their card payment succeeds (queued in the same transaction
// as the payment's change: complete-checkout.ts), with the same receipt as a PDF attached. Claimed
// before it is sent, so a rerun of the job sends it once.
import { db } from '../db';
import { env } from '../env';
import { sendMail } from './mailer';
import { escapeHtml, formatVisitTime } from './format-visit-time';
import { loadReceiptForEmail } from '../payments/load-receipt';
import { receiptFileName, renderReceiptPdf } from '../payments/receipt-pdf';
import { formatReceiptMoney, receiptLines } from '../payments/receipt';

export async function sendPaymentReceipt(paymentId: string, now = new Date()): Promise<void> {
  const receipt = await loadReceiptForEmail(paymentId);
  if (!receipt || receipt.method !== 'CARD') return;
  const claimed = await db().payment.updateMany({
    where: { id: paymentId, receiptEmailedAt: null },
    data: { receiptEmailedAt: now },
  });
  if (claimed.count === 0) return;
  try {
    const zone = receipt.patient.timezone;
    const pdf = await renderReceiptPdf(receipt, zone);
    const url = `${env().NEXTAUTH_URL}/patient/payments/${receipt.paymentId}`;
    const intro = [
      `Hello ${receipt.patient.name},`,
      `Thank you: we received your payment of ${formatReceiptMoney(receipt.amountCents, receipt.currency)} to ${receipt.practice.name}.`,
      `Receipt no. ${receipt.receiptNumber ?? ''}`,
      `${receipt.visit.typeName} with ${receipt.visit.therapist}, ${formatVisitTime(receipt.visit.startsAt, zone)}.`,
    ];
    const lines = receiptLines(receipt).map(([label, value]) => `${label}: ${value}`);
    const outro = [`Paid by: ${receipt.methodSummary}.`, `The receipt is attached as a PDF, and always at ${url}`];
    const paragraphs = [...intro, lines.join('\n'), ...outro];
    await sendMail({
      to: receipt.patient.email,
      subject: `Your receipt ${receipt.receiptNumber ?? ''} from ${receipt.practice.name}`,
      text: `${paragraphs.join('\n\n')}\n`,
      html: paragraphs.map((p) => `<p>${escapeHtml(p).replaceAll('\n', '<br>')}</p>`).join(''),
      attachments: [{ filename: receiptFileName(receipt), content: Buffer.from(pdf), contentType: 'application/pdf' }],
    });
  } catch (err) {
    // Hand the claim back so the job's retry sends it.
    await db().payment.updateMany({ where: { id: paymentId, receiptEmailedAt: now }, data: { receiptEmailedAt: null } });
    throw err;
  }
}
