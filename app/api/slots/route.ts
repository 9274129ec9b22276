import { z } from 'zod';
import { endpoint, largeJson } from '@/lib/http';
import { slotOutput, slotsQuery } from '@/lib/booking/schemas';
import { listOpenSlots } from '@/lib/scheduling/list-open-slots';

export const dynamic = 'force-dynamic';

export const GET = endpoint({
  method: 'GET', path: '/api/slots', tags: ['Scheduling'], auth: 'public',
  errors: ['NOT_FOUND'],
  summary: 'Open start times for a visit type (at most 93 days), for every therapist who can take it. '
    + 'A video visit type needs patientState (400 without): only therapists licensed in that state on the date are offered.',
  query: slotsQuery,
  response: z.object({ slots: z.array(slotOutput) }),
  // listOpenSlots already builds exactly this shape; re-parsing thousands of slots would only cost time.
}, async ({ query }) => largeJson({ slots: await listOpenSlots(query) }));
