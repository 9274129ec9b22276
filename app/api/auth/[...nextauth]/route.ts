import { authOptions } from '@/lib/auth/options';
import { clientIp } from '@/lib/auth/client-ip';
import { admitMagicLinkFromAddress } from '@/lib/auth/magic-link-limit';
import { SIGN_IN_RATE_LIMITED } from '@/lib/auth/sign-in-throttle';
import { AppError, errorBody } from '@/lib/errors';
import { json } from '@/lib/http';
import { toAppError } from '@/lib/http-errors';
import { assertStorableInput } from '@/lib/storable-input';
import { runNextAuth } from '@/lib/auth/next-auth-request';

type Ctx = { params: Promise<{ nextauth: string[] }> };

const rateLimited = () => {
  const err = new AppError('RATE_LIMITED');
  return json(errorBody(err), err.status, { 'Retry-After': '900' });
};

/** Where next-auth sends the caller: the Location header, or `{ url }` when the form asked for JSON. */
async function destination(res: Response): Promise<string | null> {
  const location = res.headers.get('location');
  if (location) return location;
  if (!res.headers.get('content-type')?.includes('application/json')) return null;
  const body = (await res
    .clone()
    .json()
    .catch(() => null)) as { url?: unknown } | null;
  return typeof body?.url === 'string' ? body.url : null;
}

/**
 * next-auth is not behind lib/http.ts's parseWith, so its query and form fields get the same check
 * here (docs/decisions/017): a NUL in an email would reach Postgres (rate limits, user lookup).
 */
async function assertStorableRequest(req: Request): Promise<void> {
  const form =
    req.method === 'POST'
      ? await req
          .clone()
          .formData()
          .catch(() => null)
      : null;
  assertStorableInput(
    [...new URL(req.url).searchParams, ...(form ? [...form].filter(([, v]) => typeof v === 'string') : [])],
    'request',
  );
}

async function handle(req: Request, ctx: Ctx): Promise<Response> {
  const { nextauth } = await ctx.params;
  const action = nextauth.join('/');
  try {
    await assertStorableRequest(req);
    // The per-address limit on links needs only the address, so it is counted before anything is
    // read. Per-email limits (links and passwords) are counted in lib/auth/options.ts on the email
    // next-auth itself parsed, whatever the body format.
    if (req.method === 'POST' && action === 'signin/email' && !(await admitMagicLinkFromAddress(clientIp(req.headers)))) {
      return rateLimited();
    }
    const res = await runNextAuth(req, nextauth, authOptions());
    if (req.method === 'POST' && (action === 'callback/credentials' || action === 'signin/email')) {
      const to = await destination(res);
      if (to && new URL(to, 'http://localhost').searchParams.get('error') === SIGN_IN_RATE_LIMITED) return rateLimited();
    }
    return res;
  } catch (err) {
    const appError = toAppError(err, `${req.method} /api/auth/${action}`);
    return json(errorBody(appError), appError.status, appError.headers);
  }
}

export const GET = handle;
/** Password and magic-link sign-in go through next-auth, behind the sign-in rate limits. */
export const POST = handle;
