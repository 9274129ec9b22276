// The browser-side rules every response carries (docs/decisions/015): what a page may run, load,
// connect to and be framed by, which device features it may ask for, and HTTPS-only once served
// over HTTPS. Pure, so the policy is unit-tested; proxy.ts applies it with a fresh nonce per request.

export interface SecurityContext {
  /** Per-request random value; Next puts it on its own <script> tags (read from the CSP request header). */
  nonce: string;
  /** The public origin (NEXTAUTH_URL): https there turns on HSTS and upgrade-insecure-requests. */
  publicUrl: string;
  /** The LiveKit server browsers connect to (ws:// or wss://), when video is configured. */
  livekitUrl?: string;
  /** Where therapists' browsers connect, when another LiveKit node (LIVEKIT_STAFF_URL). */
  livekitStaffUrl?: string;
  /** `next dev` needs eval for React's debugging aids; production never gets it. */
  dev: boolean;
  /** The request's path: what users uploaded (isUserContentPath) gets USER_CONTENT_POLICY instead of the page policy. */
  pathname?: string;
}

/**
 * What users uploaded (a message's image) is shown as its own document, never as a page of ours:
 * no script, no loads, a unique origin. The route sets it too, but Next keeps a header the proxy
 * already set over the route's own (next/dist/server/send-response.js appends only absent ones),
 * so the proxy itself must send this policy on these paths, or the page policy replaces it.
 */
export const USER_CONTENT_POLICY = "default-src 'none'; frame-ancestors 'none'; sandbox";
const USER_CONTENT_PATH = /^\/api\/messages\/[^/]+\/attachment\/?$/;

export function isUserContentPath(pathname: string): boolean {
  return USER_CONTENT_PATH.test(pathname);
}

// The visit pages' camera, microphone and screen sharing: our own origin only, never a frame or
// another origin. Not narrowed to the visit paths: the policy belongs to the document, and the
// visit page is usually reached by client-side navigation from a dashboard, whose document (and
// policy) stays; the browser still asks the user before any page gets a device.
const MEDIA_FEATURES = ['camera', 'microphone', 'display-capture'];
// The locator's "Use my location" (the browser asks first): our own origin only.
const SELF_FEATURES = [...MEDIA_FEATURES, 'geolocation'];
// Features no page of ours uses: off everywhere. Only names Chromium recognises: an unknown one
// ('bluetooth', for one) logs an error on every page.
const FEATURES_OFF = [
  'accelerometer',
  'gyroscope',
  'hid',
  'magnetometer',
  'midi',
  'payment',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'usb',
  'xr-spatial-tracking',
];

/** The LiveKit server's origins for connect-src: its WebSocket (signalling) and HTTP (token validation) forms. */
function livekitOrigins(livekitUrl: string | undefined): string[] {
  if (!livekitUrl) return [];
  const ws = new URL(livekitUrl);
  const http = new URL(livekitUrl);
  http.protocol = ws.protocol === 'wss:' ? 'https:' : 'http:';
  return [ws.origin.replace(/^http/, 'ws'), http.origin];
}

export function contentSecurityPolicy(ctx: SecurityContext): string {
  const https = ctx.publicUrl.startsWith('https://');
  const directives: [string, ...string[]][] = [
    ['default-src', "'self'"],
    // 'strict-dynamic': scripts Next loads from a nonced script run; no inline or injected script does.
    ['script-src', "'self'", `'nonce-${ctx.nonce}'`, "'strict-dynamic'", ...(ctx.dev ? ["'unsafe-eval'"] : [])],
    // React renders style attributes (charts, LiveKit's layout): inline styles stay allowed, scripts do not.
    ['style-src', "'self'", "'unsafe-inline'"],
    ['img-src', "'self'", 'data:', 'blob:'],
    ['font-src', "'self'", 'data:'],
    ['media-src', "'self'", 'blob:'],
    ['connect-src', "'self'", ...new Set([...livekitOrigins(ctx.livekitUrl), ...livekitOrigins(ctx.livekitStaffUrl)])],
    ['worker-src', "'self'", 'blob:'],
    ['object-src', "'none'"],
    ['base-uri', "'none'"],
    ['form-action', "'self'"],
    ['frame-ancestors', "'none'"],
  ];
  if (https) directives.push(['upgrade-insecure-requests']);
  return directives.map((d) => d.join(' ')).join('; ');
}

export function permissionsPolicy(): string {
  return [...SELF_FEATURES.map((f) => `${f}=(self)`), ...FEATURES_OFF.map((f) => `${f}=()`)].join(', ');
}

/** Every header proxy.ts sets on a response (the CSP also goes on the request, for Next's nonce). */
export function securityHeaders(ctx: SecurityContext): Record<string, string> {
  return {
    'Content-Security-Policy': ctx.pathname && isUserContentPath(ctx.pathname) ? USER_CONTENT_POLICY : contentSecurityPolicy(ctx),
    'Permissions-Policy': permissionsPolicy(),
    'Cross-Origin-Opener-Policy': 'same-origin',
    ...(ctx.publicUrl.startsWith('https://') ? { 'Strict-Transport-Security': 'max-age=63072000; includeSubDomains' } : {}),
  };
}
