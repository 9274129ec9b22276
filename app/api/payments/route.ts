import { z } from 'zod';
import { endpoint } from '@/lib/http';
import { listOwnPayments } from '@/lib/payments/list-payments';
import { paymentOutput } from '@/lib/payments/schemas';

export const GET = endpoint(
  {
    method: 'GET',
    path: '/api/payments',
    tags: ['Payments'],
    auth: ['PATIENT'],
    summary: "The patient's own payments and insurance claims, newest first, with their refunds and fees.",
    response: z.object({ payments: z.array(paymentOutput) }),
  },
  async ({ user }) => ({ payments: await listOwnPayments(user) }),
);
