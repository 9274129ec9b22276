import { z } from 'zod';
import { endpoint } from '@/lib/http';
import { listOwnPayments } from '@/lib/payments/list-payments';
import { ownPaymentsQuery, paymentOutput } from '@/lib/payments/schemas';

export const GET = endpoint(
  {
    method: 'GET',
    path: '/api/payments',
    tags: ['Payments'],
    auth: ['PATIENT'],
    summary:
      'What the patient paid or owes (card payments, refunded ones included, and insurance claims), newest first, 20 a page, ' +
      'with receipt numbers, refunds and fees. Checkouts never completed are left out; total counts them all.',
    query: ownPaymentsQuery,
    response: z.object({ payments: z.array(paymentOutput), total: z.number(), page: z.number(), pageSize: z.number() }),
  },
  ({ user, query }) => listOwnPayments(user, query),
);
