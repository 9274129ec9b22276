import { endpoint } from '@/lib/http';
import { openDaysOutput, openDaysQuery } from '@/lib/booking/schemas';
import { listOpenDays } from '@/lib/scheduling/list-open-days';

export const dynamic = 'force-dynamic';

export const GET = endpoint(
  {
    method: 'GET',
    path: '/api/slots/days',
    tags: ['Scheduling'],
    auth: 'public',
    errors: ['NOT_FOUND'],
    summary: 'The dates (in the given IANA zone) with open start times and how many, for a month calendar (at most 93 days).',
    query: openDaysQuery,
    response: openDaysOutput,
  },
  async ({ query }) => listOpenDays(query),
);
