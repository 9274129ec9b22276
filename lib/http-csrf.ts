// Cross-site request forgery: SameSite=Lax keeps the session cookie off cross-site fetches, but
// not off a top-level cross-site form POST, and many of our state changes need no JSON body
// (check-in, close a clinic, deactivate, rotate the calendar feed). Browsers name the requesting
// site on every unsafe request (Origin, and Sec-Fetch-Site in current ones), so another site's
// request is refused before anything runs. Callers that are not browsers (curl, a server with a
// Bearer token) send neither header and pass; the webhooks are signed and exempt.
// next-auth's own POSTs (/api/auth/*) carry its double-submit CSRF token and are checked there.
import { env } from './env';
import { AppError } from './errors';

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const SIGNED_WEBHOOKS = '/api/webhooks/';

export function refuseCrossSiteRequest(req: Request): void {
  if (!UNSAFE_METHODS.has(req.method.toUpperCase())) return;
  const url = new URL(req.url);
  if (url.pathname.startsWith(SIGNED_WEBHOOKS)) return;
  if (req.headers.get('sec-fetch-site') === 'cross-site') throw new AppError('CROSS_SITE_REQUEST');
  const origin = req.headers.get('origin');
  if (origin === null) return;
  // "null" is an opaque origin (a sandboxed frame, a data: page, a cross-site redirect): not ours.
  if (origin !== url.origin && origin !== new URL(env().NEXTAUTH_URL).origin) throw new AppError('CROSS_SITE_REQUEST');
}
