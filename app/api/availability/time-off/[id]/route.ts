import { endpoint } from '@/lib/http';
import { timeOffParams } from '@/lib/scheduling/availability-schemas';
import { availabilityOutput } from '@/lib/scheduling/availability-output';
import { removeTimeOff } from '@/lib/scheduling/manage-availability';

export const DELETE = endpoint(
  {
    method: 'DELETE',
    path: '/api/availability/time-off/{id}',
    tags: ['Availability'],
    auth: ['THERAPIST'],
    errors: ['ORPHANED_APPOINTMENTS'],
    summary: 'Remove your own time off (its hours become bookable again).',
    params: timeOffParams,
    response: availabilityOutput,
  },
  ({ user, params }) => removeTimeOff(user, params.id),
);
