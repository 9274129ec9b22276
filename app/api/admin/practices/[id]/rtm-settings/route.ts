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
      'RTM settings of a practice: `rtmEnabled` (false: its patients leave the RTM report, are not asked for consent and ' +
      'no management time is recorded for them) and whether message exchanges count as the interactive communication ' +
      'of RTM code 98980 (false: only completed video visits, as CMS reads it). Send either or both. A practice admin ' +
      'edits their own practice only (404 otherwise), a network admin any.',
    params: idParams,
    body: practiceRtmSettingsInput,
    response: practiceRtmSettingsView,
  },
  ({ user, params, body }) => updatePracticeRtmSettings(user, params.id, body),
);
