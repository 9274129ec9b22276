import { endpoint } from '@/lib/http';
import { idParams } from '@/lib/plans/schemas';
import { practiceRtmSettingsInput, practiceRtmSettingsView } from '@/lib/rtm/schemas';
import { updatePracticeRtmSettings } from '@/lib/rtm/update-practice-rtm-settings';

export const PATCH = endpoint(
  {
    method: 'PATCH',
    path: '/api/admin/practices/{id}/rtm-settings',
    tags: ['Admin'],
    auth: ['ADMIN'],
    errors: ['NOT_FOUND'],
    summary:
      'Whether message exchanges count as the interactive communication of RTM code 98980 in this practice ' +
      '(false: only completed video visits, as CMS reads it). A practice admin edits their own practice only (404 otherwise).',
    params: idParams,
    body: practiceRtmSettingsInput,
    response: practiceRtmSettingsView,
  },
  ({ user, params, body }) => updatePracticeRtmSettings(user, params.id, body),
);
