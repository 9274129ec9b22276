import { z } from 'zod';
import { endpoint } from '@/lib/http';
import { clientIp } from '@/lib/auth/client-ip';
import { passwordSetupInput } from '@/lib/staff/schemas';
import { setPasswordFromToken } from '@/lib/staff/set-password-from-token';

export const POST = endpoint(
  {
    method: 'POST',
    path: '/api/password-setup',
    tags: ['Accounts'],
    auth: 'public',
    errors: ['LINK_EXPIRED'],
    summary: 'Choose a password with the one-time link from an invitation (410 LINK_EXPIRED if used, expired or unknown).',
    body: passwordSetupInput,
    response: z.object({ email: z.string() }),
  },
  ({ body, req }) => setPasswordFromToken(body.token, body.password, clientIp(req.headers)),
);
