import { z } from 'zod';
import { endpoint } from '@/lib/http';
import { clientIp } from '@/lib/auth/client-ip';
import { auditEventOutput, auditEventsQuery, pageOutput } from '@/lib/admin/schemas';
import { listAuditEvents } from '@/lib/admin/list-audit-events';

export const GET = endpoint(
  {
    method: 'GET',
    path: '/api/admin/audit-events',
    tags: ['Admin'],
    auth: ['ADMIN'],
    summary:
      'The audit log, newest first, 50 a page: who (name, role) did what to which record and patient, when, from which address. ' +
      'A practice admin sees their practice only. Reading it is itself recorded (audit.read).',
    query: auditEventsQuery,
    response: z.object({ events: z.array(auditEventOutput), ...pageOutput }),
  },
  ({ user, query, req }) => listAuditEvents(user, query, clientIp(req.headers)),
);
