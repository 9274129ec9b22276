import { z } from 'zod';
import { endpoint } from '@/lib/http';
import { AppError } from '@/lib/errors';
import { finishTestCheckout } from '@/lib/payments/finish-test-checkout';
import { sessionIdParams, testCheckoutInput } from '@/lib/payments/schemas';
import { localCheckout } from '@/lib/payments/stripe-client';

export const POST = endpoint(
  {
    method: 'POST',
    path: '/api/test-checkouts/{sessionId}',
    tags: ['Payments'],
    auth: ['PATIENT'],
    errors: ['CONFLICT', 'PAYMENT_PROVIDER_ERROR'],
    summary:
      'Local development only (PAYMENTS_LOCAL_CHECKOUT=true; 404 otherwise): pay or cancel a checkout on the test page. ' +
      'Posts the signed event Stripe would send to the webhook endpoint, and answers where to go next.',
    params: sessionIdParams,
    body: testCheckoutInput,
    response: z.object({ redirectUrl: z.string() }),
  },
  async ({ user, params, body }) => {
    if (!localCheckout()) throw new AppError('NOT_FOUND');
    return finishTestCheckout(user, params.sessionId, body.outcome);
  },
);
