import { endpoint } from '@/lib/http';
import { idParams } from '@/lib/plans/schemas';
import { rtmConsentInput, rtmConsentView } from '@/lib/rtm/schemas';
import { recordRtmConsent } from '@/lib/rtm/rtm-consent';

export const POST = endpoint(
  {
    method: 'POST',
    path: '/api/patients/{id}/rtm-consent',
    tags: ['Plans'],
    auth: ['THERAPIST'],
    errors: ['NOT_FOUND', 'FORBIDDEN', 'CONFLICT', 'RTM_NOT_ENABLED'],
    summary:
      "Record that a patient in the caller's care consented to remote therapeutic monitoring (the current consent " +
      'text version; 409 while one is in force, a new one after a withdrawal). Until then no RTM code is billable for ' +
      "them. 422 RTM_NOT_ENABLED when the therapist's practice switched RTM off.",
    params: idParams,
    body: rtmConsentInput,
    response: rtmConsentView,
    successStatus: 201,
  },
  ({ user, params, body }) => recordRtmConsent(user, params.id, body),
);
