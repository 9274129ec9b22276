import { endpoint } from '@/lib/http';
import { overrideInput } from '@/lib/scheduling/availability-schemas';
import { availabilityOutput } from '@/lib/scheduling/availability-output';
import { setDateOverride } from '@/lib/scheduling/manage-availability';

export const PUT = endpoint({
  method: 'PUT', path: '/api/availability/overrides', tags: ['Availability'], auth: ['THERAPIST'],
  summary: 'Set the hours of one date (replacing the weekly hours that day); no ranges = closed.',
  body: overrideInput,
  response: availabilityOutput,
}, ({ user, body }) => setDateOverride(user, body.date, body.ranges));
