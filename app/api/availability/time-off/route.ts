import { endpoint } from '@/lib/http';
import { timeOffInput } from '@/lib/scheduling/availability-schemas';
import { availabilitySavedOutput } from '@/lib/scheduling/availability-output';
import { addTimeOff } from '@/lib/scheduling/manage-availability';

export const POST = endpoint(
  {
    method: 'POST',
    path: '/api/availability/time-off',
    tags: ['Availability'],
    auth: ['THERAPIST'],
    errors: ['NOT_FOUND', 'ORPHANED_APPOINTMENTS'],
    summary:
      'Add time off (a range of hours or days with no availability). ' +
      'Refuses (409 ORPHANED_APPOINTMENTS) to cover booked visits unless confirmOrphans is true; they are never cancelled.',
    body: timeOffInput,
    response: availabilitySavedOutput,
    successStatus: 201,
  },
  ({ user, body }) =>
    addTimeOff(user, { startsAt: body.startsAt, endsAt: body.endsAt, reason: body.reason }, body.confirmOrphans),
);
