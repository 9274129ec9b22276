import { endpoint } from '@/lib/http';
import { overrideInput } from '@/lib/scheduling/availability-schemas';
import { availabilitySavedOutput } from '@/lib/scheduling/availability-output';
import { setDateOverride } from '@/lib/scheduling/manage-availability';

export const PUT = endpoint(
  {
    method: 'PUT',
    path: '/api/availability/overrides',
    tags: ['Availability'],
    auth: ['THERAPIST'],
    errors: ['NOT_FOUND', 'ORPHANED_APPOINTMENTS'],
    summary:
      'Set the hours of one date (replacing the weekly hours that day); no ranges = closed. ' +
      'Refuses (409 ORPHANED_APPOINTMENTS) to leave booked visits outside the hours unless confirmOrphans is true.',
    body: overrideInput,
    response: availabilitySavedOutput,
  },
  ({ user, body }) => setDateOverride(user, body.date, body.ranges, body.confirmOrphans),
);
