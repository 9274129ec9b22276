import { z } from 'zod';
import { endpoint } from '@/lib/http';
import { resumeCheckout } from '@/lib/payments/resume-checkout';
import { paymentIdParams } from '@/lib/payments/schemas';

export const POST = endpoint(
  {
    method: 'POST',
    path: '/api/payments/{id}/checkout',
    tags: ['Payments'],
    auth: ['PATIENT'],
    errors: ['PAYMENT_PROVIDER_ERROR'],
    summary: "Where to finish paying for one's own held visit (the same Checkout Session); null once it is no longer held.",
    params: paymentIdParams,
    response: z.object({ checkoutUrl: z.string().nullable() }),
  },
  async ({ user, params }) => ({ checkoutUrl: await resumeCheckout(user, params.id) }),
);
