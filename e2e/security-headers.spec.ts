// Every page group and the API carry the browser security headers (docs/decisions/015), and the
// pages run under the Content-Security-Policy without a single violation: Next's scripts carry
// the request's nonce, nothing else runs. The icon is served, so no page logs a 404 for it.
import type { Page, Response } from '@playwright/test';
import { DEMO, expect, test } from './fixtures';

const GROUPS = {
  public: ['/', '/conditions/low-back-pain', '/locations', '/signin'],
  patient: ['/patient', '/patient/appointments'],
  therapist: ['/therapist', '/therapist/schedule'],
  admin: ['/admin', '/admin/clinics'],
} as const;
const SIGN_IN_AS = { patient: DEMO.patient, therapist: DEMO.therapist, admin: DEMO.admin } as const;

function expectSecurityHeaders(res: Response | null, path: string): string {
  expect(res, path).not.toBeNull();
  const h = res!.headers();
  const csp = h['content-security-policy'] ?? '';
  expect(csp, path).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{16,}' 'strict-dynamic'/);
  expect(csp.match(/script-src[^;]*/)?.[0], path).not.toContain('unsafe-inline');
  expect(csp, path).toContain("frame-ancestors 'none'");
  expect(csp, path).toContain("object-src 'none'");
  // Camera and microphone (the visit pages) and location (the locator's "Use my location") for our
  // own pages only, other powerful features off.
  expect(h['permissions-policy'], path).toContain('camera=(self), microphone=(self)');
  expect(h['permissions-policy'], path).toContain('geolocation=(self)');
  expect(h['permissions-policy'], path).toContain('usb=()');
  expect(h['cross-origin-opener-policy'], path).toBe('same-origin');
  expect(h['x-content-type-options'], path).toBe('nosniff');
  // Served over http here: no HSTS (it is sent when NEXTAUTH_URL is https; see lib/security-headers.test.ts).
  expect(h['strict-transport-security'], path).toBeUndefined();
  return csp;
}

/** Collects CSP violations (the event and Chromium's console report) and any 404 the page loads. */
async function watch(page: Page): Promise<{ violations: string[]; missing: string[] }> {
  const seen = { violations: [] as string[], missing: [] as string[] };
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`);
    });
  });
  page.on('console', (m) => {
    if (/Content Security Policy|CSP violation|Permissions-Policy/i.test(m.text())) seen.violations.push(m.text());
  });
  page.on('response', (r) => {
    if (r.status() === 404) seen.missing.push(r.url());
  });
  return seen;
}

for (const [group, paths] of Object.entries(GROUPS)) {
  test(`${group} pages send the security headers and run without a CSP violation`, async ({ page, loginAs }) => {
    if (group in SIGN_IN_AS) await loginAs(SIGN_IN_AS[group as keyof typeof SIGN_IN_AS]);
    const seen = await watch(page);
    for (const path of paths) {
      const res = await page.goto(path);
      expect(res?.status(), path).toBe(200);
      expect(new URL(page.url()).pathname, `${path} was not redirected`).toBe(path);
      expectSecurityHeaders(res, path);
      // Hydrated: React attached its handlers, which needs every one of Next's scripts to have run.
      await expect(page.locator('main#main')).toBeVisible();
      await page.waitForLoadState('networkidle');
    }
    expect(seen.violations).toEqual([]);
    expect(seen.missing).toEqual([]);
  });
}

test('the nonce is new on every request', async ({ request }) => {
  const nonceOf = async () => (await request.get('/')).headers()['content-security-policy']?.match(/'nonce-([^']+)'/)?.[1];
  const [a, b] = [await nonceOf(), await nonceOf()];
  expect(a).toBeTruthy();
  expect(a).not.toBe(b);
});

test('the API sends the same headers', async ({ request }) => {
  const res = await request.get('/api/health');
  expect(res.status()).toBe(200);
  expectSecurityHeaders(res as unknown as Response, '/api/health');
});

test('the icon is served', async ({ request }) => {
  for (const path of ['/favicon.ico', '/icon.svg']) expect((await request.get(path)).status(), path).toBe(200);
});
