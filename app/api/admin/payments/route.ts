import { z } from 'zod';
import { endpoint } from '@/lib/http';
import { listPracticePayments } from '@/lib/payments/list-payments';
import { adminPaymentOutput, adminPaymentsQuery } from '@/lib/payments/schemas';

export const GET = endpoint({
  method: 'GET', path: '/api/admin/payments', tags: ['Admin', 'Payments'], auth: ['ADMIN'],
  summary: "Payments and insurance claims of the admin's practice (all practices for a network admin), newest first.",
  query: adminPaymentsQuery,
  response: z.object({ payments: z.array(adminPaymentOutput) }),
}, async ({ user, query }) => ({ payments: await listPracticePayments(user, query) }));
