import { endpoint, largeJson } from '@/lib/http';
import { slotsOutput, slotsQuery } from '@/lib/booking/schemas';
import { listOpenSlots, listOpenSlotsCompact } from '@/lib/scheduling/list-open-slots';

export const dynamic = 'force-dynamic';

export const GET = endpoint(
  {
    method: 'GET',
    path: '/api/slots',
    tags: ['Scheduling'],
    auth: 'public',
    errors: ['NOT_FOUND'],
    summary:
      'Open start times for a visit type (at most 93 days), for every therapist who can take it. ' +
      'A video visit type needs patientState (400 without): only therapists licensed in that state on the date are offered. ' +
      "`format=compact` answers the same starts per local day in `zone`, as minutes after that day's midnight (what the booking screens use).",
    query: slotsQuery,
    response: slotsOutput,
    // Both shapes are built exactly as documented; re-parsing thousands of slots would only cost time.
  },
  async ({ query: { format, zone, ...q } }) =>
    largeJson(format === 'compact' ? await listOpenSlotsCompact({ ...q, zone }) : { slots: await listOpenSlots(q) }),
);
