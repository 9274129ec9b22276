import { endpoint } from '@/lib/http';
import { previewInput } from '@/lib/scheduling/availability-schemas';
import { previewOutput } from '@/lib/scheduling/availability-output';
import { previewAvailability } from '@/lib/scheduling/preview-availability';

export const POST = endpoint(
  {
    method: 'POST',
    path: '/api/availability/preview',
    tags: ['Availability'],
    auth: ['THERAPIST'],
    errors: ['NOT_FOUND', 'ORPHANED_APPOINTMENTS'],
    summary:
      'Preview one unsaved change of your hours (new weekly rules, one date override, or time off): the open times ' +
      'it gives a visit type over the next days, and the booked visits it would leave outside your hours. Saves nothing.',
    body: previewInput,
    response: previewOutput,
  },
  ({ user, body }) => previewAvailability(user, body),
);
