import { z } from 'zod';
import { endpoint } from '@/lib/http';
import { listPracticePayments } from '@/lib/payments/list-payments';
import { adminPaymentOutput, adminPaymentsQuery } from '@/lib/payments/schemas';

export const GET = endpoint(
  {
    method: 'GET',
    path: '/api/admin/payments',
    tags: ['Admin', 'Payments'],
    auth: ['ADMIN'],
    summary:
      "Payments and insurance claims of the admin's practice (all practices for a network admin), newest first. " +
      'Paged: without page/pageSize the answer is the first 25; total counts them all (pageSize up to 100).',
    query: adminPaymentsQuery,
    response: z.object({ payments: z.array(adminPaymentOutput), total: z.number(), page: z.number(), pageSize: z.number() }),
  },
  ({ user, query }) => listPracticePayments(user, query),
);
