import { endpoint } from '@/lib/http';
import { loadReceipt } from '@/lib/payments/load-receipt';
import { receiptFileName, renderReceiptPdf } from '@/lib/payments/receipt-pdf';
import { paymentIdParams } from '@/lib/payments/schemas';

export const GET = endpoint(
  {
    method: 'GET',
    path: '/api/payments/{id}/receipt',
    tags: ['Payments'],
    auth: ['PATIENT', 'ADMIN'],
    errors: ['NOT_FOUND'],
    media: 'application/pdf',
    summary:
      'The receipt of a payment as a PDF (clinic, patient, visit, amount, refunds, fees), times in the patient’s zone. ' +
      'Only the patient, an admin of the visit’s practice or a network admin; anyone else, or a checkout never paid, is 404.',
    params: paymentIdParams,
  },
  async ({ user, params }) => {
    const receipt = await loadReceipt(user, params.id);
    const pdf = await renderReceiptPdf(receipt, receipt.patient.timezone);
    return new Response(Buffer.from(pdf), {
      headers: {
        'Content-Type': 'application/pdf',
        'Content-Disposition': `attachment; filename="${receiptFileName(receipt)}"`,
        'Cache-Control': 'private, no-store',
      },
    });
  },
);
