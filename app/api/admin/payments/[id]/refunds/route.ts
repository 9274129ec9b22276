import { z } from 'zod';
import { endpoint, json } from '@/lib/http';
import { refundPayment } from '@/lib/payments/refund-payment';
import { adminPaymentOutput, paymentIdParams, refundInput } from '@/lib/payments/schemas';

const refundAnswer = z.object({ refundId: z.string(), amountCents: z.number(), payment: adminPaymentOutput });

export const POST = endpoint(
  {
    method: 'POST',
    path: '/api/admin/payments/{id}/refunds',
    tags: ['Admin', 'Payments'],
    auth: ['ADMIN'],
    errors: ['IDEMPOTENCY_KEY_REUSED', 'REFUND_NOT_ALLOWED'],
    summary:
      'Refund a card payment with a reason: the amount given, or all that remains. Never more than remains. ' +
      'Send a new Idempotency-Key for each refund the admin confirms (required): a retry with the same key and body ' +
      'answers the refund already made (201, `Idempotent-Replayed: true`), nothing is refunded twice; the same key ' +
      'with another body is 422 IDEMPOTENCY_KEY_REUSED.',
    params: paymentIdParams,
    body: refundInput,
    response: refundAnswer,
    successStatus: 201,
    idempotencyKey: 'required',
  },
  async ({ user, params, body, idempotencyKey }) => {
    const { replayed, ...answer } = await refundPayment(user, params.id, { ...body, idempotencyKey });
    return json(refundAnswer.parse(answer), 201, replayed ? { 'Idempotent-Replayed': 'true' } : undefined);
  },
);
