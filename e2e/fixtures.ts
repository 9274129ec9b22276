// Shared e2e fixtures: sign in through the real next-auth endpoint (not the UI), read mail from
// the catcher, and check a page with axe.
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type APIRequestContext, type Locator, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'rehabit-demo';
export const DEMO = {
  patient: 'patient1@rehabit.test',
  therapist: 'therapist1@rehabit.test',
  admin: 'admin@rehabit.test',
  practiceAdmin: 'admin.prairie-motion@rehabit.test',
} as const;

export async function signInWithPassword(
  request: APIRequestContext,
  email: string,
  password = DEMO_PASSWORD,
  headers: Record<string, string> = {},
) {
  const { csrfToken } = await (await request.get('/api/auth/csrf')).json();
  return request.post('/api/auth/callback/credentials', {
    form: { email, password, csrfToken, json: 'true', callbackUrl: '/dashboard' },
    headers,
    maxRedirects: 0,
  });
}

export const test = base.extend<{ loginAs: (email: string) => Promise<void> }>({
  loginAs: async ({ page }, use) => {
    await use(async (email) => {
      const res = await signInWithPassword(page.request, email);
      expect(res.status(), `sign-in of ${email}`).toBe(200);
      const session = await (await page.request.get('/api/auth/session')).json();
      expect(session.user?.email).toBe(email);
    });
  },
});

export { expect };

export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

/**
 * On the booking page's day-and-time step: waits for the day the page opens on (the first day
 * with open times, found from the data, never assumed to be today) and answers it as shown
 * ("Tuesday, December 8"). No spec may assume a given day has times: that depends on the day the
 * suite runs (nothing on a Saturday afternoon for Mon–Fri hours).
 */
export async function showFirstDayWithTimes(times: Locator): Promise<string> {
  const status = times.getByRole('status');
  await expect(status).toHaveText(/^\d+ open times? on .+\.$/);
  const day = /^\d+ open times? on (.+)\.$/.exec((await status.textContent())!)![1]!;
  // The day shown is the one chosen in the calendar, and it is the first day marked open.
  const calendar = times.getByRole('grid');
  await expect(calendar.locator('td[aria-selected="true"] button')).toHaveAccessibleName(
    new RegExp(`^${day}: \\d+ open times?$`),
  );
  await expect(calendar.getByRole('button', { name: /: \d+ open times?$/ }).first()).toHaveAccessibleName(new RegExp(`^${day}:`));
  return day;
}

/**
 * Picks, in the booking calendar, the first day with open times at least `daysAhead` days after
 * today (in the browser's zone), paging months as needed; answers the day as shown. For specs
 * whose visit must not fall inside a window that starts now (the 24-hour reminder, say).
 */
export async function pickOpenDayFrom(times: Locator, daysAhead: number): Promise<string> {
  const earliest = await times.page().evaluate((n) => {
    const now = new Date();
    const d = new Date(now.getFullYear(), now.getMonth(), now.getDate() + n);
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  }, daysAhead);
  const status = times.getByRole('status');
  await expect(status).toHaveText(/^\d+ open times? on .+\.$/);
  for (let month = 0; month < 4; month++) {
    const open = await times
      .getByRole('grid')
      .getByRole('button', { name: /: \d+ open times?$/ })
      .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-date') ?? ''));
    const date = open.find((d) => d >= earliest);
    if (date) {
      const day = times.getByRole('grid').locator(`button[data-date="${date}"]`);
      const name = /^(.+): \d+ open times?$/.exec((await day.getAttribute('aria-label'))!)![1]!;
      await day.click();
      await expect(status).toHaveText(new RegExp(`^\\d+ open times? on ${name}\\.$`));
      return name;
    }
    const label = await times.locator('.month-label').textContent();
    await times.getByRole('button', { name: 'Next month' }).click();
    await expect(times.locator('.month-label')).not.toHaveText(label ?? '');
  }
  throw new Error(`no open day from ${earliest} in the booking calendar`);
}

/** The name this helper had before the month calendar (decision 028); it now shows the first open day. */
export const showFirstWeekWithTimes = showFirstDayWithTimes;

interface CaughtMail {
  subject: string;
  html: string;
  text: string;
  to: { address: string }[];
}

/** Every mail to an address the catcher holds, oldest first. */
export async function mailsTo(request: APIRequestContext, address: string): Promise<CaughtMail[]> {
  const api = process.env.MAILDEV_API ?? 'http://127.0.0.1:1180';
  const all = (await (await request.get(`${api}/api/email`)).json()) as CaughtMail[];
  return all.filter((m) => m.to.some((t) => t.address === address));
}

export async function latestMailTo(request: APIRequestContext, address: string): Promise<CaughtMail> {
  const api = process.env.MAILDEV_API ?? 'http://127.0.0.1:1180';
  for (let i = 0; i < 50; i++) {
    const all = (await (await request.get(`${api}/api/email`)).json()) as CaughtMail[];
    const mine = all.filter((m) => m.to.some((t) => t.address === address));
    if (mine.length) return mine[mine.length - 1]!;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no mail to ${address}`);
}

/** The path (and `?next=`) of the newest email-verification link mailed to an address. */
export async function verificationLinkFor(request: APIRequestContext, address: string): Promise<string> {
  const mail = await latestMailTo(request, address);
  const link = /https?:\/\/\S+\/verify-email\/[\w.-]+(\?\S*)?/.exec(mail.text)?.[0];
  if (!link) throw new Error(`no verification link in the mail to ${address}: ${mail.subject}`);
  const url = new URL(link);
  return `${url.pathname}${url.search}`;
}

/**
 * A patient who signed up in a spec confirms their address through the welcome mail (decision
 * 045), as they would by opening the link and pressing "Verify my email".
 */
export async function verifyEmailFromCatcher(request: APIRequestContext, address: string): Promise<void> {
  const path = await verificationLinkFor(request, address);
  const token = decodeURIComponent(new URL(path, 'http://x').pathname.split('/').at(-1)!);
  const res = await request.post('/api/email-verification', { data: { token } });
  if (res.status() !== 200) throw new Error(`verifying ${address} answered ${res.status()}: ${await res.text()}`);
}
