import { endpoint } from '@/lib/http';
import { replaceRulesInput } from '@/lib/scheduling/availability-schemas';
import { availabilityOutput, availabilitySavedOutput } from '@/lib/scheduling/availability-output';
import { getOwnAvailability, replaceWeeklyRules } from '@/lib/scheduling/manage-availability';

export const GET = endpoint(
  {
    method: 'GET',
    path: '/api/availability',
    tags: ['Availability'],
    auth: ['THERAPIST'],
    summary: "The therapist's own weekly hours, upcoming date overrides and time off.",
    response: availabilityOutput,
  },
  ({ user }) => getOwnAvailability(user),
);

export const PUT = endpoint(
  {
    method: 'PUT',
    path: '/api/availability',
    tags: ['Availability'],
    auth: ['THERAPIST'],
    errors: ['NOT_FOUND', 'ORPHANED_APPOINTMENTS'],
    summary:
      'Replace the weekly hours (several ranges a day, per clinic or virtual, each valid from/until a date). ' +
      'If booked visits would fall outside the new hours: 409 ORPHANED_APPOINTMENTS listing them, unless confirmOrphans ' +
      'is true; then it saves and the visits stay booked (listed in `orphans`).',
    body: replaceRulesInput,
    response: availabilitySavedOutput,
  },
  ({ user, body }) => replaceWeeklyRules(user, body.rules, body.confirmOrphans),
);
