import { z } from 'zod';
import { endpoint } from '@/lib/http';
import { resendVerificationInput } from '@/lib/accounts/schemas';
import { resendVerification } from '@/lib/accounts/email-verification/resend-verification';

export const POST = endpoint(
  {
    method: 'POST',
    path: '/api/email-verification/resend',
    tags: ['Accounts'],
    auth: ['PATIENT'],
    errors: ['CONFLICT', 'RATE_LIMITED'],
    summary:
      'Email the signed-in patient a new verification link (earlier ones stop working), optionally bringing them back to `returnTo`. ' +
      'One a minute and five an hour: 429 with Retry-After. 409 CONFLICT if the address is already verified.',
    body: resendVerificationInput,
    response: z.object({ sentTo: z.string() }),
    successStatus: 202,
  },
  ({ user, body }) => resendVerification(user, body.returnTo ?? null),
);
