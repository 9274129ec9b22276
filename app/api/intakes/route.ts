import { z } from 'zod';
import { endpoint } from '@/lib/http';
import { patientIdOf } from '@/lib/booking/people';
import { intakeInput, intakeOutput } from '@/lib/intake/schemas';
import { submitIntake } from '@/lib/intake/submit-intake';
import { listOwnIntakes } from '@/lib/intake/list-own-intakes';

export const GET = endpoint(
  {
    method: 'GET',
    path: '/api/intakes',
    tags: ['Intake'],
    auth: ['PATIENT'],
    errors: ['NOT_FOUND'],
    summary:
      "The caller's own intakes (newest first), whether an intake is needed before the first booking, " +
      'and whether video visits are allowed (not after a red flag).',
    response: z.object({ intakes: z.array(intakeOutput), needsIntake: z.boolean(), virtualAllowed: z.boolean() }),
  },
  async ({ user }) => listOwnIntakes(await patientIdOf(user)),
);

export const POST = endpoint(
  {
    method: 'POST',
    path: '/api/intakes',
    tags: ['Intake'],
    auth: ['PATIENT'],
    errors: ['NOT_FOUND'],
    summary:
      'Submit the intake before a first visit: reason, where it hurts, how long, what makes it worse, goals, a ' +
      'yes/no answer to each low-back-pain red flag, a 0–10 pain rating and optionally the Oswestry questionnaire. ' +
      'Any red flag → urgent: seek medical care, and no video visit may be booked.',
    body: intakeInput,
    response: intakeOutput,
    successStatus: 201,
  },
  async ({ user, body }) => {
    const patientId = await patientIdOf(user);
    return submitIntake({ id: patientId, userId: user.id }, body);
  },
);
