import { endpoint } from '@/lib/http';
import { timeOffInput } from '@/lib/scheduling/availability-schemas';
import { availabilityOutput } from '@/lib/scheduling/availability-output';
import { addTimeOff } from '@/lib/scheduling/manage-availability';

export const POST = endpoint({
  method: 'POST', path: '/api/availability/time-off', tags: ['Availability'], auth: ['THERAPIST'],
  summary: 'Add time off (a range of hours or days with no availability).',
  body: timeOffInput,
  response: availabilityOutput,
  successStatus: 201,
}, ({ user, body }) => addTimeOff(user, body));
