// Browser-side calls to next-auth's endpoints. We post the forms ourselves rather than use
// next-auth/react's signIn(), because our sign-in rate limit answers 429 with a JSON error and
// signIn() throws on that instead of letting us say what happened.
export type AuthOutcome = 'ok' | 'rejected' | 'rate-limited' | 'failed';

export const RATE_LIMITED_MESSAGE = 'Too many sign-in attempts. Wait 15 minutes and try again.';
export const NETWORK_MESSAGE = 'Something went wrong. Check your connection and try again.';

async function postAuthForm(path: string, fields: Record<string, string>): Promise<AuthOutcome> {
  try {
    const csrf = (await (await fetch('/api/auth/csrf', { cache: 'no-store' })).json()) as { csrfToken?: string };
    if (!csrf.csrfToken) return 'failed';
    const res = await fetch(path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ ...fields, csrfToken: csrf.csrfToken, json: 'true' }),
    });
    if (res.status === 429) return 'rate-limited';
    const body = (await res.json().catch(() => null)) as { url?: unknown } | null;
    if (typeof body?.url !== 'string') return 'failed';
    // A refused password comes back as 401 with the error page's URL.
    if (body.url.includes('error=')) return 'rejected';
    if (!res.ok) return 'failed';
    // next-auth answers a stale or missing CSRF token by pointing back at the sign-in page.
    if (body.url.includes('csrf=true')) return 'failed';
    return 'ok';
  } catch {
    return 'failed';
  }
}

/** Email + password sign-in; on 'ok' the session cookie is set. */
export function signInWithPassword(email: string, password: string, callbackUrl: string): Promise<AuthOutcome> {
  return postAuthForm('/api/auth/callback/credentials', { email, password, callbackUrl });
}

/** Ask for a one-time sign-in link by email. 'ok' whether or not the address has an account. */
export function requestSignInLink(email: string, callbackUrl: string): Promise<AuthOutcome> {
  return postAuthForm('/api/auth/signin/email', { email, callbackUrl });
}
