import NextAuth from 'next-auth';
import { authOptions } from '@/lib/auth/options';
import { clientIp } from '@/lib/auth/client-ip';
import { isSignInThrottled } from '@/lib/auth/sign-in-throttle';
import { AppError, errorBody } from '@/lib/errors';
import { json } from '@/lib/http';

type Ctx = { params: Promise<{ nextauth: string[] }> };
let handler: ((req: Request, ctx: Ctx) => Promise<Response>) | undefined;
const nextAuth = (req: Request, ctx: Ctx) => (handler ??= NextAuth(authOptions()))(req, ctx);

export const GET = nextAuth;

/** Password and magic-link sign-in go through next-auth, behind the sign-in rate limit. */
export async function POST(req: Request, ctx: Ctx): Promise<Response> {
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
