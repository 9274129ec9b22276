import { endpoint } from '@/lib/http';
import { clearOverrideQuery, overrideDateParams } from '@/lib/scheduling/availability-schemas';
import { availabilitySavedOutput } from '@/lib/scheduling/availability-output';
import { clearDateOverride } from '@/lib/scheduling/manage-availability';

export const DELETE = endpoint(
  {
    method: 'DELETE',
    path: '/api/availability/overrides/{date}',
    tags: ['Availability'],
    auth: ['THERAPIST'],
    errors: ['ORPHANED_APPOINTMENTS'],
    summary:
      'Remove the changed hours of one date: it goes back to the weekly hours. Refuses (409 ORPHANED_APPOINTMENTS) ' +
      'to leave booked visits outside the hours unless ?confirmOrphans=true; they are never cancelled.',
    params: overrideDateParams,
    query: clearOverrideQuery,
    response: availabilitySavedOutput,
  },
  ({ user, params, query }) => clearDateOverride(user, params.date, query.confirmOrphans),
);
