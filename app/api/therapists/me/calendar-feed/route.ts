import { endpoint } from '@/lib/http';
import { feedLinkOutput } from '@/lib/calendar-feed/schemas';
import { disableCalendarFeed, rotateCalendarFeed } from '@/lib/calendar-feed/manage-calendar-feed';

export const POST = endpoint(
  {
    method: 'POST',
    path: '/api/therapists/me/calendar-feed',
    tags: ['Calendar'],
    auth: ['THERAPIST'],
    summary:
      "Create the therapist's private calendar feed link, or replace it (the old link stops working at once). " +
      'The full URL is in this answer only; it is not stored.',
    response: feedLinkOutput,
  },
  ({ user }) => rotateCalendarFeed(user),
);

export const DELETE = endpoint(
  {
    method: 'DELETE',
    path: '/api/therapists/me/calendar-feed',
    tags: ['Calendar'],
    auth: ['THERAPIST'],
    summary: "Turn the therapist's calendar feed off: its link stops working.",
    successStatus: 204,
  },
  async ({ user }) => {
    await disableCalendarFeed(user);
  },
);
