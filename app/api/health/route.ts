import { z } from 'zod';
import { endpoint, json } from '@/lib/http';
import { isDatabaseUp } from '@/lib/health/check-database';

export const dynamic = 'force-dynamic';

export const GET = endpoint(
  {
    method: 'GET',
    path: '/api/health',
    tags: ['Operations'],
    auth: 'public',
    summary: 'Liveness and database check: 200 {status:"ok"}, or 503 when the database does not answer.',
    response: z.object({ status: z.literal('ok') }),
  },
  async () =>
    (await isDatabaseUp())
      ? { status: 'ok' as const }
      : json({ error: { code: 'UNAVAILABLE', message: 'The database is not answering.' } }, 503),
);
