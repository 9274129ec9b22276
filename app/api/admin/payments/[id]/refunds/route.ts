import { z } from 'zod';
import { endpoint } from '@/lib/http';
import { refundPayment } from '@/lib/payments/refund-payment';
import { adminPaymentOutput, paymentIdParams, refundInput } from '@/lib/payments/schemas';

export const POST = endpoint(
  {
    method: 'POST',
    path: '/api/admin/payments/{id}/refunds',
    tags: ['Admin', 'Payments'],
    auth: ['ADMIN'],
    errors: ['REFUND_NOT_ALLOWED'],
    summary: 'Refund a card payment with a reason: the amount given, or all that remains. Never more than remains.',
    params: paymentIdParams,
    body: refundInput,
    response: z.object({ refundId: z.string(), amountCents: z.number(), payment: adminPaymentOutput }),
    successStatus: 201,
  },
  async ({ user, params, body }) => refundPayment(user, params.id, body),
);
