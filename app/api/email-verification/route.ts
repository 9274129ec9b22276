import { z } from 'zod';
import { endpoint } from '@/lib/http';
import { clientIp } from '@/lib/auth/client-ip';
import { verifyEmailInput } from '@/lib/accounts/schemas';
import { verifyEmail } from '@/lib/accounts/email-verification/verify-email';

export const POST = endpoint(
  {
    method: 'POST',
    path: '/api/email-verification',
    tags: ['Accounts'],
    auth: 'public',
    errors: ['LINK_EXPIRED', 'RATE_LIMITED'],
    summary:
      'Verify the email address with the one-time link from the welcome mail (or a new one). ' +
      'A link works once, for 24 hours: 410 LINK_EXPIRED if used, expired or unknown.',
    body: verifyEmailInput,
    response: z.object({ email: z.string(), verifiedAt: z.string() }),
  },
  ({ body, req }) => verifyEmail(body.token, clientIp(req.headers)),
);
