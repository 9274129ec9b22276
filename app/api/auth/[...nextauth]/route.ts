import NextAuth from 'next-auth';
import { authOptions } from '@/lib/auth/options';
import { clientIp } from '@/lib/auth/client-ip';
import { isSignInThrottled } from '@/lib/auth/sign-in-throttle';
import { AppError, errorBody } from '@/lib/errors';
import { json } from '@/lib/http';
import { assertStorableInput } from '@/lib/storable-input';

type Ctx = { params: Promise<{ nextauth: string[] }> };
let handler: ((req: Request, ctx: Ctx) => Promise<Response>) | undefined;
const nextAuth = (req: Request, ctx: Ctx) => (handler ??= NextAuth(authOptions()))(req, ctx);

/**
 * next-auth is not behind lib/http.ts's parseWith, so its query and form fields get the same check
 * here: a NUL in an email would reach Postgres (rate limit, user lookup) and answer 500.
 */
async function refuseUnstorable(req: Request): Promise<Response | null> {
  const form = req.method === 'POST' ? await req.clone().formData().catch(() => null) : null;
  const fields = [...new URL(req.url).searchParams, ...(form ? [...form].filter(([, v]) => typeof v === 'string') : [])];
  try {
    assertStorableInput(fields, 'request');
    return null;
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    return json(errorBody(err), err.status);
  }
}

export async function GET(req: Request, ctx: Ctx): Promise<Response> {
  return (await refuseUnstorable(req)) ?? nextAuth(req, ctx);
}

/** Password and magic-link sign-in go through next-auth, behind the sign-in rate limit. */
export async function POST(req: Request, ctx: Ctx): Promise<Response> {
  const refused = await refuseUnstorable(req);
  if (refused) return refused;
  const { nextauth } = await ctx.params;
  if (nextauth.join('/') === 'callback/credentials' || nextauth.join('/') === 'signin/email') {
    const form = await req.clone().formData().catch(() => null);
    const email = form?.get('email');
    if (await isSignInThrottled(typeof email === 'string' ? email : null, clientIp(req.headers))) {
      const err = new AppError('RATE_LIMITED');
      return json(errorBody(err), err.status, { 'Retry-After': '900' });
    }
  }
  return nextAuth(req, ctx);
}
