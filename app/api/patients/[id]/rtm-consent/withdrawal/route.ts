import { endpoint } from '@/lib/http';
import { idParams } from '@/lib/plans/schemas';
import { rtmConsentView } from '@/lib/rtm/schemas';
import { withdrawRtmConsent } from '@/lib/rtm/withdraw-rtm-consent';

export const POST = endpoint(
  {
    method: 'POST',
    path: '/api/patients/{id}/rtm-consent/withdrawal',
    tags: ['Plans'],
    auth: ['PATIENT', 'THERAPIST'],
    errors: ['NOT_FOUND', 'CONFLICT'],
    summary:
      'Withdraw the consent to remote therapeutic monitoring in force: the patient themselves, or a therapist treating ' +
      'them on their behalf (anyone else 404; none in force 409). Records who and when; no data day or minute after it ' +
      'counts until a new consent is recorded.',
    params: idParams,
    response: rtmConsentView,
  },
  ({ user, params }) => withdrawRtmConsent(user, params.id),
);
