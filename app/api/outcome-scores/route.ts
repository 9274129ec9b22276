import { endpoint } from '@/lib/http';
import { scoreOutput, submitScoreInput } from '@/lib/outcomes/schemas';
import { submitOutcomeScore } from '@/lib/outcomes/submit-outcome-score';

export const POST = endpoint(
  {
    method: 'POST',
    path: '/api/outcome-scores',
    tags: ['Outcomes'],
    auth: ['PATIENT'],
    errors: ['NOT_FOUND', 'QUESTIONNAIRE_INCOMPLETE', 'QUESTIONNAIRE_NOT_DUE'],
    summary:
      'Answer a questionnaire that is due: the Oswestry Disability Index (ten sections 0–5, at most two skipped) ' +
      'or a 0–10 pain rating. The server scores it and flags a clinically important worsening for the therapist.',
    body: submitScoreInput,
    response: scoreOutput,
    successStatus: 201,
  },
  ({ user, body }) => submitOutcomeScore(user, body),
);
