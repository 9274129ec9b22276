import { endpoint } from '@/lib/http';
import { clientIp } from '@/lib/auth/client-ip';
import { signUpInput } from '@/lib/accounts/schemas';
import { signUpPatient } from '@/lib/accounts/sign-up-patient';
import { z } from 'zod';

export const POST = endpoint(
  {
    method: 'POST',
    path: '/api/signup',
    tags: ['Accounts'],
    auth: 'public',
    errors: ['EMAIL_TAKEN', 'RATE_LIMITED', 'RULE_VIOLATION'],
    summary: 'Create a patient account (email + password). Rate limited per client address.',
    body: signUpInput,
    response: z.object({ id: z.string() }),
    successStatus: 201,
  },
  ({ body, req }) => signUpPatient(body, clientIp(req.headers)),
);
