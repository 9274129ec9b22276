import { endpoint } from '@/lib/http';
import { idParams } from '@/lib/plans/schemas';
import { rtmTimeEntryView, rtmTimeInput } from '@/lib/rtm/schemas';
import { recordTimeEntry } from '@/lib/rtm/record-time-entry';

export const POST = endpoint(
  {
    method: 'POST',
    path: '/api/patients/{id}/rtm-time',
    tags: ['Plans'],
    auth: ['THERAPIST'],
    errors: ['NOT_FOUND', 'FORBIDDEN', 'RTM_NOT_ENABLED'],
    summary:
      'Record remote-monitoring treatment-management time (1–240 minutes, with a reason; from the page timer or by ' +
      "hand) for a patient in the caller's care (404 otherwise). Counts toward 98980/98981 in the therapist's month. 422 " +
      "RTM_NOT_ENABLED when the therapist's practice switched RTM off.",
    params: idParams,
    body: rtmTimeInput,
    response: rtmTimeEntryView,
    successStatus: 201,
  },
  ({ user, params, body }) => recordTimeEntry(user, params.id, body),
);
