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
    errors: ['NOT_FOUND', 'FORBIDDEN', 'CONFLICT'],
    summary:
      "Record that a patient in the caller's care consented to remote therapeutic monitoring (the current consent " +
      'text version; once per patient, 409 after). Until then no RTM code is billable for them.',
    params: idParams,
    body: rtmConsentInput,
    response: rtmConsentView,
    successStatus: 201,
  },
  ({ user, params, body }) => recordRtmConsent(user, params.id, body),
);
