import { endpoint } from '@/lib/http';
import { feedParams } from '@/lib/calendar-feed/schemas';
import { loadCalendarFeed } from '@/lib/calendar-feed/load-calendar-feed';

export const GET = endpoint(
  {
    method: 'GET',
    path: '/api/calendar/{token}',
    tags: ['Calendar'],
    auth: 'public',
    media: 'text/calendar',
    summary:
      "A therapist's private iCalendar feed (text/calendar), at /api/calendar/<secret>.ics. The secret is the " +
      'only credential; an unknown or rotated one is a 404. Visits from 30 days back to 180 days ahead, in the ' +
      "therapist's zone.",
    params: feedParams,
  },
  async ({ params }) =>
    new Response(await loadCalendarFeed(params.token), {
      headers: {
        'Content-Type': 'text/calendar; charset=utf-8',
        'Content-Disposition': 'inline; filename="rehabit.ics"',
        'Cache-Control': 'private, no-store',
      },
    }),
);
